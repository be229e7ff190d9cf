export {
  createTrainingModule,
  deleteTrainingModule,
  getTrainingModule,
  listTrainingModules,
  updateTrainingModule,
  type TrainingFields,
} from "./training-modules";
