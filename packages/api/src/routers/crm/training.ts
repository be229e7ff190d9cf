import {
  createTrainingModule,
  deleteTrainingModule,
  getTrainingModule,
  listTrainingModules,
  updateTrainingModule,
} from "../../services/crm/training";
import { createTRPCRouter, serve } from "../../trpc";
import { deletedOutput } from "../shared.schema";
import { createTrainingInput, listTrainingInput, listTrainingOutput, trainingIdInput, trainingOutput, updateTrainingInput } from "./training.schema";
import { documentProcedures } from "./documents";

// Training modules in position order, read and written as documents (documentProcedures); a
// writer also reorders them (position).

const { read, write } = documentProcedures("training_module");

export const trainingRouter = createTRPCRouter({
  list: read.input(listTrainingInput).output(listTrainingOutput).query(serve(listTrainingModules)),

  get: read.input(trainingIdInput).output(trainingOutput).query(serve(getTrainingModule)),

  /** A new module is a draft unless a status is given, placed last unless a position is given. */
  create: write.input(createTrainingInput).output(trainingOutput).mutation(serve(createTrainingModule)),

  update: write.input(updateTrainingInput).output(trainingOutput).mutation(serve(updateTrainingModule)),

  delete: write.input(trainingIdInput).output(deletedOutput).mutation(serve(deleteTrainingModule)),
});
