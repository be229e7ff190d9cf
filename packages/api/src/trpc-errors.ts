import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { ZodError } from "zod";
import { AppError, type AppErrorCode } from "./errors";

/**
 * Every AppErrorCode's answer on the wire, in one table: the tRPC code (whose HTTP status tRPC
 * derives) and the HTTP status for the plain HTTP handlers (realtime-auth.ts). A new code does not
 * compile until it is mapped here.
 */
export const appErrorTransport: Record<AppErrorCode, { trpcCode: TRPC_ERROR_CODE_KEY; httpStatus: number }> = {
  UNAUTHORIZED: { trpcCode: "UNAUTHORIZED", httpStatus: 401 },
  FORBIDDEN: { trpcCode: "FORBIDDEN", httpStatus: 403 },
  NOT_FOUND: { trpcCode: "NOT_FOUND", httpStatus: 404 },
  VALIDATION_ERROR: { trpcCode: "BAD_REQUEST", httpStatus: 400 },
  CONFLICT: { trpcCode: "CONFLICT", httpStatus: 409 },
  RATE_LIMITED: { trpcCode: "TOO_MANY_REQUESTS", httpStatus: 429 },
  AI_SERVICE_ERROR: { trpcCode: "BAD_GATEWAY", httpStatus: 502 },
  SERVICE_UNAVAILABLE: { trpcCode: "SERVICE_UNAVAILABLE", httpStatus: 503 },
};

const appCodeOfTrpc: Partial<Record<TRPC_ERROR_CODE_KEY, AppErrorCode>> = {
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  BAD_REQUEST: "VALIDATION_ERROR",
  PARSE_ERROR: "VALIDATION_ERROR",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "RATE_LIMITED",
  BAD_GATEWAY: "AI_SERVICE_ERROR",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

interface PrismaKnownError {
  code: string;
  meta?: { target?: string[] | string; modelName?: string };
}

function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return (
    error instanceof Error &&
    error.name === "PrismaClientKnownRequestError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

/** Seconds a client is asked to wait (Retry-After) when the database could not take its call. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

// Prisma: P2028 "Unable to start a transaction in the given time", P2024 timed out fetching a
// connection, P1001/P1002 server unreachable or timed out. Postgres: too many connections, shutting
// down, starting up. node-postgres and the socket: its pool's connect timeout, refused or reset.
const unavailablePrismaCodes = new Set(["P2028", "P2024", "P1001", "P1002", "P1017"]);
const unavailableSqlStates = new Set(["53300", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);
// A restart (found by `npm run test:load`): the server ends every session with 57P01 "terminating
// connection due to administrator command", which Prisma reports as P2010 with the SQLSTATE in its
// message (or as a driver adapter error), and node-postgres then refuses the broken client ("not
// queryable"). The call's transaction was rolled back with the session.
const unavailableMessages =
  /Unable to start a transaction in the given time|timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|ECONNRESET|Timed out fetching a new connection|too many clients already|the database system is (starting up|shutting down)|terminating connection due to administrator command|Code: `(57P0[123]|53300|08\d{3})`|has encountered a connection error and is not queryable|server closed the connection unexpectedly/i;

/** Whether a failure means the database could not take the call now (not that the call was wrong). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const { code } = current as { code?: unknown };
    if (typeof code === "string" && (unavailablePrismaCodes.has(code) || unavailableSqlStates.has(code) || code === "ECONNREFUSED" || code === "ECONNRESET")) return true;
    if (unavailableMessages.test(current.message)) return true;
  }
  return false;
}

/** The 503 a call gets when the database could not take it: retried by the client, never a 500. */
export function databaseUnavailableError(cause: unknown): TRPCError {
  const appError = new AppError("SERVICE_UNAVAILABLE", "The service is busy; try again in a moment", { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS });
  appError.cause = cause;
  return new TRPCError({ code: appErrorTransport.SERVICE_UNAVAILABLE.trpcCode, message: appError.message, cause: appError });
}

/** Maps the cause of a failed call to a tRPC error, or null when tRPC's own mapping is right. */
export function toTRPCError(error: TRPCError): TRPCError | null {
  const cause = error.cause;
  if (cause instanceof AppError) {
    return new TRPCError({ code: appErrorTransport[cause.code].trpcCode, message: cause.message, cause });
  }
  if (isDatabaseUnavailable(cause)) return databaseUnavailableError(cause);
  if (isPrismaKnownError(cause)) {
    if (cause.code === "P2002") {
      const target = cause.meta?.target;
      const fields = Array.isArray(target) ? target.join(", ") : (target ?? "a unique field");
      return new TRPCError({ code: "CONFLICT", message: `A record with the same ${fields} already exists`, cause });
    }
    if (cause.code === "P2025") return new TRPCError({ code: "NOT_FOUND", message: "Record not found", cause });
  }
  return null;
}

export function appCodeOf(error: TRPCError): AppErrorCode | "INTERNAL_ERROR" {
  if (error.cause instanceof AppError) return error.cause.code;
  return appCodeOfTrpc[error.code] ?? "INTERNAL_ERROR";
}

/** Field errors keyed by the dotted path of the offending field, e.g. `{ "email": ["Invalid email"] }`. */
export function fieldErrorsOf(error: TRPCError): Record<string, string[]> | undefined {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of cause.issues) {
      const field = issue.path.length > 0 ? issue.path.join(".") : "input";
      (fieldErrors[field] ??= []).push(issue.message);
    }
    return fieldErrors;
  }
  if (cause instanceof AppError) return cause.details?.fieldErrors;
  return undefined;
}
