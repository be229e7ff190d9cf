import { z } from "zod";
import { getMe } from "../services/auth/me";
import { signUp } from "../services/auth/sign-up";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../trpc";
import { meOutput, signUpInput, signUpOutput } from "./auth.schema";

export const authRouter = createTRPCRouter({
  me: authedProcedure.input(z.void()).output(meOutput).query(({ ctx }) => getMe({ actor: ctx.actor })),

  signUp: publicProcedure
    .input(signUpInput)
    .output(signUpOutput)
    .mutation(({ input }) => signUp(input)),
});
