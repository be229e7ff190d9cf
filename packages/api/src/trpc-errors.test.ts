import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { describe, expect, it } from "vitest";
import { appErrorCodes } from "./errors";
import { appErrorTransport } from "./trpc-errors";

describe("appErrorTransport", () => {
  it.each(appErrorCodes)("answers %s with the same HTTP status over tRPC and plain HTTP", (code) => {
    const { trpcCode, httpStatus } = appErrorTransport[code];
    expect(getHTTPStatusCodeFromError(new TRPCError({ code: trpcCode }))).toBe(httpStatus);
  });
});
