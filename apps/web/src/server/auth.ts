import "server-only";
import type { Role } from "@harbor/db";
import { AppError, clientIpFrom } from "@harbor/api";
import { signIn as verifyCredentials } from "@harbor/api/services/auth/sign-in";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { webEnv } from "~/env";
import { RATE_LIMITED_CODE } from "~/lib/sign-in-errors";

declare module "next-auth" {
  interface User {
    role?: Role;
    organizationId?: string;
  }
  interface Session {
    user: { id: string; role: Role; organizationId: string } & DefaultSession["user"];
  }
}

/** Past five failed attempts in 15 minutes; the sign-in page says "Too many attempts". */
export class RateLimitedSignIn extends CredentialsSignin {
  override code = RATE_LIMITED_CODE;
}

const credentialsSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // Read here, not at import, so `next build` needs no secret and a bad one names itself at start.
  secret: webEnv().AUTH_SECRET,
  session: { strategy: "jwt" },
  trustHost: true,
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          const user = await verifyCredentials({ ...parsed.data, ip: clientIpFrom(request.headers) });
          if (!user) return null;
          return { id: user.id, email: user.email, name: user.name, role: user.role as Role, organizationId: user.organizationId };
        } catch (error) {
          if (error instanceof AppError && error.code === "RATE_LIMITED") throw new RateLimitedSignIn();
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.organizationId = user.organizationId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      // The token is ours (signed with AUTH_SECRET), written by the jwt callback above.
      if (typeof token.role === "string") session.user.role = token.role as Role;
      if (typeof token.organizationId === "string") session.user.organizationId = token.organizationId;
      return session;
    },
  },
  logger: {
    // A refused password is routine: one line, not a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) console.warn(`[auth] sign-in refused (${error.code})`);
      else console.error(error);
    },
  },
}));
