// What the example tours share: where Harbor runs, API keys made through the CLI, and a check that
// a call is refused.
import { execFileSync } from "node:child_process";
import { isHarborError } from "@harbor/api/client";

export const harborUrl = process.env.HARBOR_URL ?? "http://localhost:3000";

/** A new API key for a demo user, made with `npm run cli -- apikey create`. */
export const keyFor = (email: string, name: string) =>
  execFileSync("npm", ["run", "--silent", "cli", "--", "apikey", "create", "--email", email, "--name", name], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  })
    .trim()
    .split("\n")
    .at(-1)!;

export async function expectError(label: string, call: Promise<unknown>) {
  try {
    await call;
    console.info(`✗ ${label}: expected an error`);
    process.exitCode = 1;
  } catch (error) {
    if (!isHarborError(error)) throw error;
    console.info(`✓ ${label}: ${error.data?.appCode} — ${error.message}`);
  }
}
