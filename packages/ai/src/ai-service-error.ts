import type { AiProviderName } from "./provider";

/**
 * Why a call failed, so callers can decide between retrying (`http` 429/5xx, `network`),
 * logging a guardrail hit (`blocked`) and reporting a prompt/schema bug (`invalid-output`).
 */
export type AiServiceErrorReason = "http" | "network" | "blocked" | "invalid-output";

export interface AiServiceErrorIssue {
  path: string;
  message: string;
}

export interface AiServiceErrorOptions {
  reason: AiServiceErrorReason;
  provider: AiProviderName;
  status?: number;
  issues?: AiServiceErrorIssue[];
  cause?: unknown;
}

/**
 * The one error packages/ai throws. Its `code` matches the API's stable error code so the tRPC
 * error formatter can map it without knowing about providers. Messages never contain the model's
 * output or the prompt: both may carry a client's personal data.
 */
export class AiServiceError extends Error {
  override name = "AiServiceError";
  readonly code = "AI_SERVICE_ERROR" as const;
  readonly reason: AiServiceErrorReason;
  readonly provider: AiProviderName;
  readonly status: number | undefined;
  readonly issues: AiServiceErrorIssue[];

  constructor(message: string, options: AiServiceErrorOptions) {
    super(message, { cause: options.cause });
    this.reason = options.reason;
    this.provider = options.provider;
    this.status = options.status;
    this.issues = options.issues ?? [];
  }

  /** Rate limits and server-side failures are worth another attempt; bad output is not. */
  get retryable(): boolean {
    if (this.reason === "network") return true;
    return this.reason === "http" && this.status !== undefined && (this.status === 429 || this.status >= 500);
  }
}
