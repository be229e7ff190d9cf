export { getTrainingModule } from "./get-training-module";
export { listTrainingModules, type ListTrainingInput } from "./list-training-modules";
export { trainingListSelect, trainingSelect } from "./training-select";
export { createTrainingModule, deleteTrainingModule, updateTrainingModule, type TrainingFields } from "./write-training-module";
