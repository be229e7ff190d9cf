import "server-only";
import type { Role } from "@harbor/db";
import { AppError, clientIpFrom } from "@harbor/api";
import { signOutSession } from "@harbor/api/services/auth/sessions";
import { signIn as verifyCredentials } from "@harbor/api/services/auth/sign-in";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { webEnv } from "~/env";
import { type SignInErrorCode } from "~/lib/sign-in-errors";

declare module "next-auth" {
  interface User {
    role?: Role;
    organizationId?: string;
    sessionId?: string;
  }
  interface Session {
    user: { id: string; role: Role; organizationId: string } & DefaultSession["user"];
    /** The server-side session (auth_sessions) this cookie names; the API resolves it per request. */
    sessionId?: string;
  }
}

/** A refusal the sign-in form explains: rate limited, or the second step (MFA) is needed or wrong. */
class RefusedSignIn extends CredentialsSignin {
  constructor(refusal: SignInErrorCode) {
    super();
    this.code = refusal;
  }
}

const credentialsSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
  code: z.string().trim().max(20).optional(),
});

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // Read here, not at import, so `next build` needs no secret and a bad one names itself at start.
  secret: webEnv().AUTH_SECRET,
  session: { strategy: "jwt" },
  trustHost: true,
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          const result = await verifyCredentials({
            ...parsed.data,
            code: parsed.data.code || null,
            ip: clientIpFrom(request.headers),
            userAgent: request.headers.get("user-agent"),
          });
          if (result.status === "invalid") return null;
          if (result.status !== "signed_in") throw new RefusedSignIn(result.status);
          const { user } = result;
          return { id: user.id, email: user.email, name: user.name, role: user.role as Role, organizationId: user.organizationId, sessionId: user.sessionId };
        } catch (error) {
          if (error instanceof AppError && error.code === "RATE_LIMITED") throw new RefusedSignIn("rate_limited");
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
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      // The token is ours (signed with AUTH_SECRET), written by the jwt callback above.
      if (typeof token.role === "string") session.user.role = token.role as Role;
      if (typeof token.organizationId === "string") session.user.organizationId = token.organizationId;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    // The server-side session ends too, so a copy of the cookie stops working.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await signOutSession(sid);
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

/** The server-side session the request's cookie names, for the API's context. */
export async function currentSessionId(): Promise<string | undefined> {
  return (await auth())?.sessionId;
}
