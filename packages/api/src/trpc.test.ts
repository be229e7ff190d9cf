import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { ZodError, z } from "zod";
import { appRouter } from "./routers/root";
import { createCallerFactory, createTRPCRouter, publicProcedure, validateSynchronously } from "./trpc";

type Middlewares = Array<{ _type?: string; synchronous?: true }>;

describe("validateSynchronously", () => {
  it("has replaced every procedure's input and output validators", () => {
    const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { middlewares: Middlewares } }>);
    expect(procedures.length).toBeGreaterThan(100);
    const asynchronous = procedures.flatMap(([path, procedure]) =>
      procedure._def.middlewares.filter((middleware) => (middleware._type === "input" || middleware._type === "output") && !middleware.synchronous).map((middleware) => `${path} (${middleware._type})`),
    );
    expect(asynchronous).toEqual([]);
  });

  const router = validateSynchronously(
    createTRPCRouter({
      echo: publicProcedure
        .input(z.object({ count: z.number().int().min(1) }))
        .output(z.object({ count: z.number(), kept: z.string() }))
        .query(({ input }) => ({ count: input.count, kept: "yes", secret: "never leaves" }) as { count: number; kept: string }),
      broken: publicProcedure.output(z.object({ count: z.number() })).query(() => ({ count: "not a number" }) as unknown as { count: number }),
    }),
  );
  const caller = createCallerFactory(router)({ actor: null, credentialError: null, ip: null });

  it("checks input as before: BAD_REQUEST with the ZodError as its cause", async () => {
    const error = await caller.echo({ count: 0 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).cause).toBeInstanceOf(ZodError);
  });

  it("keeps only what the output schema names, and refuses an output that breaks it", async () => {
    expect(await caller.echo({ count: 2 })).toEqual({ count: 2, kept: "yes" });
    const error = await caller.broken().catch((caught: unknown) => caught);
    expect((error as TRPCError).code).toBe("INTERNAL_SERVER_ERROR");
    expect((error as TRPCError).cause).toBeInstanceOf(ZodError);
  });
});
