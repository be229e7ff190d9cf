import { apiEnv } from "@harbor/api/env";
import { EnvError } from "@harbor/config/env";
import { readDatabaseEnv } from "@harbor/db/env";
import { webEnv } from "~/env";

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

export function validateEnvironmentOrExit(): void {
  try {
    validateEnvironment();
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
}
