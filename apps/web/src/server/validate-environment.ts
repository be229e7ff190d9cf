import { apiEnv } from "@harbor/api/env";
import { EnvError } from "@harbor/config/env";
import { readDatabaseEnv } from "@harbor/db/env";
import { webEnv } from "~/env";
import { demoCredentialProblems, isProduction, productionConfigProblems } from "./production-checks";

/** Every package's environment, checked together so one message lists every problem. */
export function validateEnvironment(): void {
  const problems: string[] = [];
  for (const validate of [webEnv, () => readDatabaseEnv(), apiEnv]) {
    try {
      validate();
    } catch (error) {
      if (!(error instanceof EnvError)) throw error;
      // parseEnv's message is a heading followed by one indented line per variable.
      problems.push(...error.message.split("\n").slice(1));
    }
  }
  if (problems.length > 0) {
    throw new EnvError(`Harbor cannot start, the environment is invalid:\n${problems.join("\n")}`);
  }
}

/**
 * In production, what would make the deployment open to anyone who read the README: a default
 * AUTH_SECRET, a plain-http AUTH_URL, demo logins with the published password.
 */
export async function validateProductionSafety(): Promise<void> {
  const env = webEnv();
  if (!isProduction(env)) return;
  const problems = productionConfigProblems(env);
  const { db } = await import("@harbor/db");
  problems.push(...(await demoCredentialProblems(db)));
  if (problems.length > 0) {
    throw new EnvError(`Harbor refuses to start in production (HARBOR_ENV=production, or NODE_ENV=production without HARBOR_ENV):\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
  }
}

export async function validateEnvironmentOrExit(): Promise<void> {
  try {
    validateEnvironment();
    // `next build` loads the server without a database to check against.
    if (process.env.NEXT_PHASE !== "phase-production-build") await validateProductionSafety();
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
}
