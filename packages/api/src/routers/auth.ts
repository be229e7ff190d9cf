import { z } from "zod";
import { getMe } from "../services/auth/me";
import { confirmMfaEnrollment, disableMfa, getMfaStatus, regenerateRecoveryCodes, startMfaEnrollment } from "../services/auth/mfa";
import { changePassword, requestPasswordReset, resetPassword } from "../services/auth/password";
import { listSessions, revokeAllSessions, revokeSession } from "../services/auth/sessions";
import { resendVerification, signUp, verifyEmail } from "../services/auth/sign-up";
import { accountProcedure, createTRPCRouter, publicProcedure, serve, serveActor } from "../trpc";
import {
  changePasswordInput,
  changePasswordOutput,
  disableMfaInput,
  disableMfaOutput,
  listSessionsInput,
  listSessionsOutput,
  meOutput,
  mfaCodeInput,
  mfaEnrollmentOutput,
  mfaRecoveryCodesOutput,
  mfaStatusOutput,
  requestResetInput,
  requestResetOutput,
  resendVerificationOutput,
  resetPasswordInput,
  resetPasswordOutput,
  revokeAllSessionsOutput,
  revokeSessionOutput,
  sessionIdInput,
  signUpInput,
  signUpOutput,
  verifyEmailInput,
  verifyEmailOutput,
} from "./auth.schema";

// The account's own procedures. They are served while the account still has a step to take
// (verify its email, enroll in MFA), so that step can be taken; everything else refuses it.

const account = (auditEntity: string) => accountProcedure.meta({ access: "authenticated", allowPending: true, auditEntity });

export const authRouter = createTRPCRouter({
  me: accountProcedure.input(z.void()).output(meOutput).query(serveActor(getMe)),
  signUp: publicProcedure
    .input(signUpInput)
    .output(signUpOutput)
    .mutation(({ ctx, input }) => signUp({ ...input, ip: ctx.ip })),

  email: createTRPCRouter({
    verify: publicProcedure.input(verifyEmailInput).output(verifyEmailOutput).mutation(({ input }) => verifyEmail(input)),
    resendVerification: account("user").input(z.void()).output(resendVerificationOutput).mutation(serveActor(resendVerification)),
  }),

  password: createTRPCRouter({
    /** Answers the same whether or not the email has an account. */
    requestReset: publicProcedure
      .input(requestResetInput)
      .output(requestResetOutput)
      .mutation(({ ctx, input }) => requestPasswordReset({ ...input, ip: ctx.ip })),
    reset: publicProcedure.input(resetPasswordInput).output(resetPasswordOutput).mutation(({ input }) => resetPassword(input)),
    change: account("user").input(changePasswordInput).output(changePasswordOutput).mutation(serve(changePassword)),
  }),

  sessions: createTRPCRouter({
    list: accountProcedure.input(listSessionsInput).output(listSessionsOutput).query(serve(listSessions)),
    revoke: account("auth_session").input(sessionIdInput).output(revokeSessionOutput).mutation(serve(revokeSession)),
    /** Every session but the one making the request. */
    revokeAll: account("auth_session").input(z.void()).output(revokeAllSessionsOutput).mutation(serveActor(revokeAllSessions)),
  }),

  mfa: createTRPCRouter({
    status: accountProcedure.input(z.void()).output(mfaStatusOutput).query(serveActor(getMfaStatus)),
    enroll: account("user").input(z.void()).output(mfaEnrollmentOutput).mutation(serveActor(startMfaEnrollment)),
    confirm: account("user").input(mfaCodeInput).output(mfaRecoveryCodesOutput).mutation(serve(confirmMfaEnrollment)),
    regenerateRecoveryCodes: account("user").input(mfaCodeInput).output(mfaRecoveryCodesOutput).mutation(serve(regenerateRecoveryCodes)),
    disable: account("user").input(disableMfaInput).output(disableMfaOutput).mutation(serve(disableMfa)),
  }),
});
