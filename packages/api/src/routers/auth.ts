import { z } from "zod";
import { getMe } from "../services/auth/me";
import { signUp } from "../services/auth/sign-up";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../trpc";
import { emailSchema, nameSchema, passwordSchema } from "./shared.schema";

export const signUpInput = z.object({
  organizationName: nameSchema,
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const authRouter = createTRPCRouter({
  me: authedProcedure.input(z.void()).query(({ ctx }) => getMe({ actor: ctx.actor })),

  signUp: publicProcedure.input(signUpInput).mutation(async ({ input }) => {
    const { organization, user } = await signUp(input);
    return { organization, user };
  }),
});
