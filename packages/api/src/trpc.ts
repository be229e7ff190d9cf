import { db } from "@harbor/db";
import { initTRPC, TRPCError, type AnyRouter } from "@trpc/server";
import { createInputMiddleware, createOutputMiddleware } from "@trpc/server/unstable-core-do-not-import";
import { transformer } from "./transformer";
import { ZodError, ZodType } from "zod";
import type { Actor, UserActor } from "./access/actor";
import { hasPermission, type Permission } from "./access/permissions";
import type { Context } from "./context";
import { AppError, type AppErrorCode } from "./errors";
import { recordAudit, withPendingAudit, type AuditEntry } from "./services/audit";
import { pendingMessages } from "./services/auth/account-pending";
import { consumeApiKeyRequest } from "./services/auth/limits";
import { appCodeOf, fieldErrorsOf, toTRPCError } from "./trpc-errors";

export type Access = "public" | "authenticated" | Permission;

export interface Meta {
  /** Who may call the procedure; set by the builders below, read by the access snapshot test. */
  access: Access;
  /** What the audit log records as the entity of a mutation: snake_case, singular (`lead`, `api_key`). */
  auditEntity?: string;
  /** Served to an account with a pending step (unverified email, MFA enrollment): `accountProcedure`. */
  allowPending?: boolean;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer,
    defaultMeta: { access: "public" },
    errorFormatter({ shape, error }) {
      const fieldErrors = fieldErrorsOf(error);
      const code: AppErrorCode | "INTERNAL_ERROR" = appCodeOf(error);
      const message =
        error.cause instanceof ZodError
          ? `Invalid input: ${Object.entries(fieldErrors ?? {})
              .map(([field, messages]) => `${field}: ${messages.join(", ")}`)
              .join("; ")}`
          : code === "INTERNAL_ERROR" && process.env.NODE_ENV === "production"
            ? "Internal server error"
            : shape.message;
      return {
        ...shape,
        message,
        data: {
          ...shape.data,
          appCode: code,
          fieldErrors: fieldErrors ?? null,
          retryAfterSeconds: error.cause instanceof AppError ? (error.cause.details?.retryAfterSeconds ?? null) : null,
          stack: process.env.NODE_ENV === "production" ? undefined : shape.data.stack,
        },
      };
    },
  });

export const createTRPCRouter = t.router;

type Validator = ((options: never) => Promise<unknown>) & { _type?: string; synchronous?: true };

/**
 * tRPC validates with zod's `parseAsync`, and zod 4 runs an asynchronous parse without its
 * compiled object parsers: a 50-row `crm.leads.list` page took ~370 µs to check asynchronously
 * against ~65 µs synchronously, a quarter of the request. No Harbor schema refines or transforms
 * asynchronously, so each procedure's input and output validators are replaced by tRPC's own
 * validator middleware around zod's synchronous `parse` — the same checks, the same errors (a
 * ZodError as the cause of BAD_REQUEST, or of the output failure). Applied once, to the root
 * router (routers/root.ts); `trpc.test.ts` checks every procedure.
 */
export function validateSynchronously<TRouter extends AnyRouter>(router: TRouter): TRouter {
  const procedures = router._def.procedures as Record<string, { _def: { inputs: unknown[]; output?: unknown; middlewares: Validator[] } }>;
  for (const { _def: def } of Object.values(procedures)) {
    let input = 0;
    def.middlewares.forEach((middleware, index) => {
      if (middleware.synchronous) return;
      let replacement: Validator | undefined;
      if (middleware._type === "input") {
        const schema = def.inputs[input++];
        if (schema instanceof ZodType) replacement = createInputMiddleware((value) => schema.parse(value)) as Validator;
      } else if (middleware._type === "output" && def.output instanceof ZodType) {
        const schema = def.output;
        replacement = createOutputMiddleware((value) => schema.parse(value)) as Validator;
      }
      if (replacement) def.middlewares[index] = Object.assign(replacement, { synchronous: true as const });
    });
  }
  return router;
}
export const createCallerFactory = t.createCallerFactory;

/** Domain errors (AppError) and known database errors become the matching tRPC codes, once, here. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error);
    if (mapped) throw mapped;
  }
  return result;
});

/** The first place in `value` (a dotted path; "input" for the whole) holding a NUL character, or null. */
function nulCharacterAt(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (value === null || typeof value !== "object" || depth > 32) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = path === "input" ? key : `${path}.${key}`;
    if (key.includes("\u0000")) return at;
    const found = nulCharacterAt(inner, at, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * PostgreSQL text and jsonb cannot hold a NUL character (U+0000): a string carrying one would fail
 * in the database (and in the audit row) as a 500. It is refused here, for every procedure, as a
 * VALIDATION_ERROR naming the field.
 */
const refuseNulCharacters = t.middleware(async ({ next, getRawInput }) => {
  const at = nulCharacterAt(await getRawInput(), "input");
  if (at) {
    const message = "must not contain a NUL character (U+0000)";
    throw new AppError("VALIDATION_ERROR", `${at}: ${message}`, { fieldErrors: { [at]: [message] } });
  }
  return next();
});

/**
 * Every authenticated mutation is audited once. The row is written by the service's
 * `auditedTransaction`, in the transaction of the change it records (services/audit); a mutation
 * whose service wrote through none — a preview, a chat turn, a change outside the database — is
 * recorded after it succeeds, and a failure to record it then is logged rather than turned into an
 * error for a change that already happened.
 */
const auditMutations = t.middleware(async ({ ctx, next, type, path, meta, getRawInput }) => {
  if (type !== "mutation" || !ctx.actor) return next();
  const input = (await getRawInput()) as Record<string, unknown> | undefined;
  const entry: AuditEntry = {
    actor: ctx.actor,
    action: path,
    // routers/access.test.ts requires every authenticated mutation to name its entity.
    entityType: meta?.auditEntity ?? path,
    entityId: typeof input?.id === "string" ? input.id : null,
    changes: input,
  };
  const { result, written } = await withPendingAudit(entry, () => next());
  if (!result.ok || written) return result;
  const data = result.data as { id?: unknown } | undefined;
  await recordAudit(db, { ...entry, entityId: entry.entityId ?? (typeof data?.id === "string" ? data.id : null) }).catch((error: unknown) => {
    console.error(`audit: ${path} succeeded but its audit row could not be written (${error instanceof Error ? error.message : String(error)})`);
  });
  return result;
});

/**
 * The caller must be signed in or hold a key. An account with a pending step reaches only account
 * procedures; a key is rate limited per minute, and a read-scoped key may not call mutations.
 */
const requireActor = t.middleware(async ({ ctx, next, meta, type }) => {
  const { actor } = ctx;
  if (!actor) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: ctx.credentialError ?? "Sign in or send an API key" });
  }
  if (actor.pending && !meta?.allowPending) throw new AppError("FORBIDDEN", pendingMessages[actor.pending]);
  if (actor.apiKeyId) {
    await consumeApiKeyRequest(actor.apiKeyId);
    if (type === "mutation" && actor.apiKeyScope === "read") throw new AppError("FORBIDDEN", "This API key is read-only: create a key with the write scope to make changes");
  }
  return next({ ctx: { ...ctx, actor: actor satisfies UserActor } });
});

export const publicProcedure = t.procedure.meta({ access: "public" }).use(mapErrors).use(refuseNulCharacters);

export const authedProcedure = t.procedure
  .meta({ access: "authenticated" })
  .use(mapErrors)
  .use(refuseNulCharacters)
  .use(requireActor)
  .use(auditMutations);

/**
 * Authenticated, and served while the account still has a step to take (verify its email, enroll
 * in MFA): `auth.me`, the verification, MFA, password and session procedures.
 */
export const accountProcedure = t.procedure
  .meta({ access: "authenticated", allowPending: true })
  .use(mapErrors)
  .use(refuseNulCharacters)
  .use(requireActor)
  .use(auditMutations);

export interface ProcedureOptions {
  /** The entity a mutation's audit entry records; every mutation names one. */
  auditEntity?: string;
}

/**
 * A procedure only roles holding `permission` may call; others get FORBIDDEN. The permission is
 * written once, here, and recorded in the meta the access snapshot reads.
 */
export function requirePermission(permission: Permission, { auditEntity }: ProcedureOptions = {}) {
  return t.procedure
    .meta({ access: permission, ...(auditEntity ? { auditEntity } : {}) })
    .use(mapErrors)
    .use(refuseNulCharacters)
    .use(requireActor)
    .use(({ ctx, next }) => {
      if (!hasPermission(ctx.actor.role, permission)) {
        throw new TRPCError({ code: "FORBIDDEN", message: `Your role (${ctx.actor.role}) does not have ${permission}` });
      }
      return next();
    })
    .use(auditMutations);
}

/**
 * The procedures of a CRM record type (lead, contact, opportunity, policy, ticket, task, household):
 * read it, write it, move it to the trash, export its list. All but read are audited as `auditEntity`;
 * an export is a read that is audited like a mutation.
 */
export function crmRecordProcedures(auditEntity: string) {
  return {
    read: requirePermission("crm:read"),
    write: requirePermission("crm:write", { auditEntity }),
    remove: requirePermission("crm:delete", { auditEntity }),
    exportList: requirePermission("crm:read", { auditEntity }),
  };
}

/**
 * The resolver of a procedure that is one service call: the signed-in actor plus the parsed input,
 * e.g. `list: read.input(listLeadsInput).output(listLeadsOutput).query(serve(listLeads))`. The
 * input schema must produce what the service takes besides `actor`, which the types check.
 */
export function serve<TOptions extends { actor: Actor }, TResult>(service: (options: TOptions) => TResult) {
  return ({ ctx, input }: { ctx: { actor: UserActor }; input: Omit<TOptions, "actor"> }): TResult =>
    service({ actor: ctx.actor, ...input } as TOptions);
}

/** The resolver of a procedure whose service needs only the signed-in actor (its input is empty). */
export function serveActor<TResult>(service: (options: { actor: UserActor }) => TResult) {
  return ({ ctx }: { ctx: { actor: UserActor } }): TResult => service({ actor: ctx.actor });
}
