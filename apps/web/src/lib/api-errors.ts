export type FieldErrors = Record<string, string[]>;

export interface ApiErrorInfo {
  /** A sentence to show above the form. */
  message: string;
  /** Harbor's stable error code (VALIDATION_ERROR, CONFLICT, …); null for network failures. */
  appCode: string | null;
  /** Messages per input field, to show beside the field. */
  fieldErrors: FieldErrors;
}

interface ErrorWithData {
  message?: unknown;
  data?: { appCode?: unknown; fieldErrors?: unknown } | null;
}

function asFieldErrors(value: unknown): FieldErrors {
  if (!value || typeof value !== "object") return {};
  const result: FieldErrors = {};
  for (const [field, messages] of Object.entries(value)) {
    if (Array.isArray(messages)) result[field] = messages.filter((message): message is string => typeof message === "string");
  }
  return result;
}

/** Reads the code and field errors Harbor's error formatter puts on every tRPC error. */
export function describeApiError(error: unknown): ApiErrorInfo {
  const candidate = (error ?? {}) as ErrorWithData;
  const appCode = typeof candidate.data?.appCode === "string" ? candidate.data.appCode : null;
  const fieldErrors = asFieldErrors(candidate.data?.fieldErrors);
  if (Object.keys(fieldErrors).length > 0) {
    return { message: "Check the highlighted fields.", appCode, fieldErrors };
  }
  if (appCode === null) {
    return { message: "Harbor could not be reached. Check your connection and try again.", appCode, fieldErrors };
  }
  if (appCode === "INTERNAL_ERROR") {
    return { message: "Something went wrong on our side. Try again in a moment.", appCode, fieldErrors };
  }
  const message = typeof candidate.message === "string" && candidate.message ? candidate.message : "The request failed.";
  return { message, appCode, fieldErrors };
}

/**
 * "is required" reads better as "Email is required"; full sentences are shown as they are, and a
 * lower-case sentence with its own subject ("an email or a phone number is required") gets a capital.
 */
export function fieldMessage(label: string, messages: string[] | undefined): string | undefined {
  const first = messages?.[0];
  if (!first) return undefined;
  if (/^(a|an|the)\s/.test(first)) return first.charAt(0).toUpperCase() + first.slice(1);
  return /^[a-z]/.test(first) ? `${label} ${first}` : first;
}
