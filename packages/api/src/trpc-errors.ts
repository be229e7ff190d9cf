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

/** Maps the cause of a failed call to a tRPC error, or null when tRPC's own mapping is right. */
export function toTRPCError(error: TRPCError): TRPCError | null {
  const cause = error.cause;
  if (cause instanceof AppError) {
    return new TRPCError({ code: appErrorTransport[cause.code].trpcCode, message: cause.message, cause });
  }
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
