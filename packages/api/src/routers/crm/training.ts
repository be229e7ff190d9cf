import {
  createTrainingModule,
  deleteTrainingModule,
  getTrainingModule,
  listTrainingModules,
  updateTrainingModule,
} from "../../services/crm/training";
import { createTRPCRouter, requirePermission } from "../../trpc";
import { deletedOutput } from "../shared.schema";
import { createTrainingInput, listTrainingInput, listTrainingOutput, trainingIdInput, trainingOutput, updateTrainingInput } from "./training.schema";

// Training modules in position order. Everyone reads published modules; knowledge:write creates,
// edits, reorders (position), publishes and archives (status) them.

const readTraining = requirePermission("crm:read");
const writeTraining = requirePermission("knowledge:write", { auditEntity: "training_module" });

export const trainingRouter = createTRPCRouter({
  list: readTraining
    .input(listTrainingInput)
    .output(listTrainingOutput)
    .query(({ ctx, input }) => listTrainingModules({ actor: ctx.actor, ...input })),

  get: readTraining
    .input(trainingIdInput)
    .output(trainingOutput)
    .query(({ ctx, input }) => getTrainingModule({ actor: ctx.actor, id: input.id })),

  /** A new module is a draft unless a status is given, placed last unless a position is given. */
  create: writeTraining
    .input(createTrainingInput)
    .output(trainingOutput)
    .mutation(({ ctx, input }) => createTrainingModule({ actor: ctx.actor, ...input })),

  update: writeTraining
    .input(updateTrainingInput)
    .output(trainingOutput)
    .mutation(({ ctx, input }) => updateTrainingModule({ actor: ctx.actor, ...input })),

  delete: writeTraining
    .input(trainingIdInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => deleteTrainingModule({ actor: ctx.actor, id: input.id })),
});
