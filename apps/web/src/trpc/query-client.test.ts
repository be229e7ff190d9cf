import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { shouldRetry } from "./query-client";

function clientError(httpStatus: number) {
  return new TRPCClientError("failed", { result: { error: { code: -32000, message: "failed", data: { httpStatus } } } });
}

describe("shouldRetry", () => {
  it("does not retry client errors such as FORBIDDEN", () => {
    expect(shouldRetry(0, clientError(403))).toBe(false);
  });

  it("retries server errors and network failures twice", () => {
    expect(shouldRetry(0, clientError(503))).toBe(true);
    expect(shouldRetry(1, new TypeError("Failed to fetch"))).toBe(true);
    expect(shouldRetry(2, new TypeError("Failed to fetch"))).toBe(false);
  });
});
