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
