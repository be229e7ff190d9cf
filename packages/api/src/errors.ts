// One error type for domain failures. Services throw AppError; its code is mapped to a tRPC code and
// an HTTP status once (appErrorTransport in trpc-errors.ts) and the error formatter puts the stable
// code in every response.

export const appErrorCodes = [
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION_ERROR",
  "CONFLICT",
  "RATE_LIMITED",
  "AI_SERVICE_ERROR",
  // The database cannot take the request now (pool exhausted, connection refused or timed out).
  "SERVICE_UNAVAILABLE",
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

export class AppError extends Error {
  override name = "AppError";

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: { fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number },
  ) {
    super(message);
  }
}

export const notFound = (entity: string) => new AppError("NOT_FOUND", `${entity} not found`);

export const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION_ERROR", message, { fieldErrors: { [field]: [message] } });

/** A write that clashes with what exists (a taken name, a lead already converted): CONFLICT, its message as that field's error. */
export const fieldConflict = (field: string, message: string) =>
  new AppError("CONFLICT", message, { fieldErrors: { [field]: [message] } });

/** Whether a write failed on a unique index (Prisma P2002); given `column`, only on an index whose columns match it. */
export function isUniqueViolation(error: unknown, column?: RegExp): boolean {
  const { code, meta } = error as { code?: string; meta?: unknown };
  return code === "P2002" && (column === undefined || column.test(JSON.stringify(meta ?? {})));
}
