import { AppError, type AppErrorCode } from "./errors";
import { appErrorTransport } from "./trpc-errors";

// The JSON answers of the plain HTTP handlers (channel auth, survey answers, file downloads):
// `{ error: { code, message, fieldErrors? } }` with the status appErrorTransport gives the code.

export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });

export const errorResponse = (status: number, code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>, headers?: Record<string, string>) =>
  jsonResponse(status, { error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, headers);

/** An AppError as its HTTP answer (a rate limit with Retry-After); anything else is rethrown. */
export function appErrorResponse(error: unknown): Response {
  if (!(error instanceof AppError)) throw error;
  const retryAfter = error.details?.retryAfterSeconds;
  return errorResponse(
    appErrorTransport[error.code].httpStatus,
    error.code,
    error.message,
    error.details?.fieldErrors,
    retryAfter ? { "retry-after": String(retryAfter) } : undefined,
  );
}
