import { createTask, deleteTask, exportTasks, listTasks, toggleTaskComplete, updateTask } from "../../services/crm/tasks";
import { csvExportOutput, deletedOutput } from "../shared.schema";
import { createTRPCRouter, crmRecordProcedures, serve } from "../../trpc";
import { createTaskInput, exportTasksInput, listTasksInput, listTasksOutput, taskIdInput, taskOutput, updateTaskInput } from "./tasks.schema";

const { read, write, exportList } = crmRecordProcedures("task");

// Tasks follow taskScope: agents see what is assigned to them or what they created, managers
// also their team's, admin, compliance and viewers the organization's. Agents assign only to
// themselves; assignees given a task by someone else are notified.

export const tasksRouter = createTRPCRouter({
  /** Soonest due first (undated last) unless sort is createdAt; due/status filters in services/crm/tasks/list-tasks.ts. */
  list: read.input(listTasksInput).output(listTasksOutput).query(serve(listTasks)),

  /** The list as CSV (formula cells neutralized), at most 10,000 rows, with the list's filters and sort; audited. */
  export: exportList.input(exportTasksInput).output(csvExportOutput).mutation(serve(exportTasks)),

  create: write.input(createTaskInput).output(taskOutput).mutation(serve(createTask)),

  update: write.input(updateTaskInput).output(taskOutput).mutation(serve(updateTask)),

  /** Deletes a task within the caller's task scope (tasks are not kept in the trash). */
  delete: write.input(taskIdInput).output(deletedOutput).mutation(serve(deleteTask)),

  /** Completes an open task (recording it on the related record's timeline) or reopens a completed one. */
  toggleComplete: write.input(taskIdInput).output(taskOutput).mutation(serve(toggleTaskComplete)),
});
