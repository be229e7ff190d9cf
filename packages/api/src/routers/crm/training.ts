import {
  createTrainingModule,
  deleteTrainingModule,
  getTrainingModule,
  listTrainingModules,
  updateTrainingModule,
} from "../../services/crm/training";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { deletedOutput } from "../shared.schema";
import { createTrainingInput, listTrainingInput, listTrainingOutput, trainingIdInput, trainingOutput, updateTrainingInput } from "./training.schema";

// Training modules in position order. Everyone reads published modules; knowledge:write creates,
// edits, reorders (position), publishes and archives (status) them.

const readTraining = requirePermission("crm:read");
const writeTraining = requirePermission("knowledge:write", { auditEntity: "training_module" });

export const trainingRouter = createTRPCRouter({
  list: readTraining.input(listTrainingInput).output(listTrainingOutput).query(serve(listTrainingModules)),

  get: readTraining.input(trainingIdInput).output(trainingOutput).query(serve(getTrainingModule)),

  /** A new module is a draft unless a status is given, placed last unless a position is given. */
  create: writeTraining.input(createTrainingInput).output(trainingOutput).mutation(serve(createTrainingModule)),

  update: writeTraining.input(updateTrainingInput).output(trainingOutput).mutation(serve(updateTrainingModule)),

  delete: writeTraining.input(trainingIdInput).output(deletedOutput).mutation(serve(deleteTrainingModule)),
});
