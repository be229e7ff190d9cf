import {
  createTrainingModule,
  deleteTrainingModule,
  getTrainingModule,
  listTrainingModules,
  updateTrainingModule,
} from "../../services/crm/training";
import { createTRPCRouter, requirePermission } from "../../trpc";
import { createTrainingInput, listTrainingInput, trainingIdInput, updateTrainingInput } from "./training.schema";

// Training modules in position order. Everyone reads published modules; knowledge:write creates,
// edits, reorders (position), publishes and archives (status) them.

const readTraining = requirePermission("crm:read");
const writeTraining = requirePermission("knowledge:write").meta({ access: "knowledge:write", auditEntity: "training_module" });

export const trainingRouter = createTRPCRouter({
  list: readTraining.input(listTrainingInput).query(({ ctx, input }) => listTrainingModules({ actor: ctx.actor, ...input })),

  get: readTraining.input(trainingIdInput).query(({ ctx, input }) => getTrainingModule({ actor: ctx.actor, id: input.id })),

  /** A new module is a draft unless a status is given, placed last unless a position is given. */
  create: writeTraining.input(createTrainingInput).mutation(({ ctx, input }) => createTrainingModule({ actor: ctx.actor, ...input })),

  update: writeTraining.input(updateTrainingInput).mutation(({ ctx, input }) => updateTrainingModule({ actor: ctx.actor, ...input })),

  delete: writeTraining.input(trainingIdInput).mutation(({ ctx, input }) => deleteTrainingModule({ actor: ctx.actor, id: input.id })),
});
