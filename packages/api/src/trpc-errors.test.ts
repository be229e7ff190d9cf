import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { describe, expect, it } from "vitest";
import { AppError, appErrorCodes } from "./errors";
import { appErrorTransport, toTRPCError, UNAVAILABLE_RETRY_AFTER_SECONDS } from "./trpc-errors";

describe("appErrorTransport", () => {
  it.each(appErrorCodes)("answers %s with the same HTTP status over tRPC and plain HTTP", (code) => {
    const { trpcCode, httpStatus } = appErrorTransport[code];
    expect(getHTTPStatusCodeFromError(new TRPCError({ code: trpcCode }))).toBe(httpStatus);
  });
});

describe("toTRPCError and a database that cannot take the call", () => {
  const prismaError = (code: string, message: string) => Object.assign(new Error(message), { name: "PrismaClientKnownRequestError", code });

  it.each([
    ["Prisma's transaction wait", prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time.")],
    ["node-postgres's connect timeout", new Error("timeout exceeded when trying to connect")],
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["too many connections", Object.assign(new Error("sorry, too many clients already"), { code: "53300" })],
    ["a cause wrapped in another error", new Error("query failed", { cause: new Error("Connection terminated unexpectedly") })],
    // What a database restart under load answered with as 500s before (npm run test:load).
    ["a raw query ended by a restart", prismaError("P2010", "Invalid `prisma.$executeRaw()` invocation:\n\nRaw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`")],
    ["a driver adapter error from a restart", Object.assign(new Error("terminating connection due to administrator command"), { name: "DriverAdapterError" })],
    ["a pooled client broken by a restart", new Error("Client has encountered a connection error and is not queryable")],
  ])("answers %s with 503 SERVICE_UNAVAILABLE and a retry delay", (_, cause) => {
    const mapped = toTRPCError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause }));
    expect(mapped?.code).toBe("SERVICE_UNAVAILABLE");
    expect(getHTTPStatusCodeFromError(mapped!)).toBe(503);
    expect(mapped?.cause).toBeInstanceOf(AppError);
    expect((mapped?.cause as AppError).details?.retryAfterSeconds).toBe(UNAVAILABLE_RETRY_AFTER_SECONDS);
  });

  it("leaves other failures to tRPC (a 500 stays a 500)", () => {
    expect(toTRPCError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new Error("undefined is not a function") }))).toBeNull();
  });
});
