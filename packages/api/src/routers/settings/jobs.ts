import { listJobRuns, runJobNow } from "../../services/jobs";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { jobRunListOutput, listJobRunsInput, runJobInput, runJobOutput } from "./jobs.schema";

// Background jobs as an admin sees them: the organization's runs on either engine, and the
// recomputations an admin may run now (the same services the scheduled jobs call).

export const jobsRouter = createTRPCRouter({
  /** Newest first. */
  list: requirePermission("settings:manage").input(listJobRunsInput).output(jobRunListOutput).query(serve(listJobRuns)),

  run: requirePermission("settings:manage", { auditEntity: "job_run" })
    .input(runJobInput)
    .output(runJobOutput)
    .mutation(serve(runJobNow)),
});
