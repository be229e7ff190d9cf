export { exportTasks } from "./export-tasks";
export { listTasks, taskDueFilters, taskDueSql, taskSorts, taskStatusFilters, type TaskDueFilter, type TaskSort, type TaskStatusFilter } from "./list-tasks";
export { taskSelect, toTask } from "./task-select";
export { createTask, deleteTask, toggleTaskComplete, updateTask, type CreateTaskInput, type UpdateTaskInput } from "./write-task";
