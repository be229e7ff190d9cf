import { inngestLocation, jobsEngine } from "@harbor/api/jobs";
import { errorMessage, settleAbandonedJobRuns } from "@harbor/api/services/jobs/index";
import { EmbeddedRunner } from "./engine/embedded/runner";
import { requestFirstCronRuns } from "./engine/first-runs";
import { readWorkerEnv, unsignedEndpointProblem, type WorkerEnv } from "./env";
import { functions } from "./functions";
import { jobs } from "./jobs";
import { createWorkerServer } from "./server";

function environment(): WorkerEnv {
  try {
    return readWorkerEnv();
  } catch (error) {
    // One line naming the variable, not a stack trace.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

const env = environment();
const engine = jobsEngine();
const unsigned = engine === "inngest" ? unsignedEndpointProblem(env) : null;
if (unsigned) {
  console.error(`Harbor worker: ${unsigned}`);
  process.exit(1);
}
const runner = engine === "embedded" ? new EmbeddedRunner({ jobs }) : null;
const server = createWorkerServer({ engine, functions });

server.listen(env.WORKER_PORT, env.WORKER_HOST, () => {
  console.info(
    engine === "inngest"
      ? `Harbor worker: jobs run on Inngest (${inngestLocation()}); ${functions.length} functions at http://localhost:${env.WORKER_PORT}/api/inngest`
      : `Harbor worker: jobs run on the embedded runner over Postgres (${jobs.length} jobs; no Inngest server configured)`,
  );
});

try {
  // Runs a stopped process left `running` (the embedded runner also looks every 10 minutes).
  const settled = await settleAbandonedJobRuns();
  if (settled > 0) console.info(`Harbor worker: ${settled} job run(s) left running by a stopped process marked finished`);
} catch (error) {
  console.error(`Harbor worker: could not settle abandoned job runs: ${errorMessage(error)}`);
}
await runner?.start();
try {
  const started = await requestFirstCronRuns(jobs);
  if (started.length > 0) console.info(`Harbor worker: first run of ${started.join(", ")} requested`);
} catch (error) {
  console.error(`Harbor worker: could not request the first cron runs: ${errorMessage(error)}`);
}

function shutdown() {
  void runner?.stop();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3_000).unref();
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
