import { parseArgs } from "node:util";
import { db } from "@harbor/db";
import { systemActor } from "../access/actor";
import { recordAudit } from "../services/audit";
import { createApiKey } from "../services/auth/api-keys";
import { loadUserActor } from "../services/auth/sessions";
import { normalizeEmail } from "../services/auth/sign-in";

// Operator CLI. Output contract: human-readable lines go to stderr, the result (the new key) is
// the last line of stdout, so `KEY=$(npm run --silent cli -- apikey create --email …)` works.

const usage = `Usage:
  npm run --silent cli -- apikey create --email <email> [--name <name>] [--scope read|write|admin]`;

const scopes = ["read", "write", "admin"] as const;

async function createKeyCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: "string" }, name: { type: "string" }, scope: { type: "string" } },
    strict: true,
  });
  if (!values.email) {
    console.error(`--email is required\n${usage}`);
    return 2;
  }
  const scope = scopes.find((candidate) => candidate === (values.scope ?? "write"));
  if (!scope) {
    console.error(`--scope must be one of ${scopes.join(", ")}\n${usage}`);
    return 2;
  }
  const user = await db.user.findUnique({ where: { email: normalizeEmail(values.email) }, select: { id: true } });
  const actor = user ? await loadUserActor(user.id) : null;
  if (!actor) {
    console.error(`No active user with email ${values.email}`);
    return 1;
  }
  const name = values.name ?? `CLI key ${new Date().toISOString().slice(0, 10)}`;
  const { apiKey, key } = await createApiKey({ actor, name, scope });
  await recordAudit(db, {
    actor: systemActor(actor.organizationId, "cli.apikey.create"),
    action: "cli.apikey.create",
    entityType: "api_key",
    entityId: apiKey.id,
    changes: { name, scope, userId: actor.userId },
  });
  console.error(`Created API key "${name}" (${apiKey.prefix}…) for ${actor.email} (${actor.role}, ${scope} scope). It is shown only once:`);
  process.stdout.write(`${key}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [resource, verb, ...rest] = argv;
  if (resource === "apikey" && verb === "create") return createKeyCommand(rest);
  console.error(usage);
  return 2;
}

main(process.argv.slice(2))
  .then(async (code) => {
    await db.$disconnect();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await db.$disconnect();
    process.exit(1);
  });
