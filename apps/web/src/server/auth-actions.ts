"use server";

import { AuthError } from "next-auth";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { type SignInErrorCode, toSignInErrorCode } from "~/lib/sign-in-errors";
import { signIn, signOut } from "./auth";

export interface SignInResult {
  error: SignInErrorCode | null;
}

export interface PasswordSignIn {
  email: string;
  password: string;
  /** The second step, when the account has MFA on: a TOTP code or a recovery code. */
  code?: string;
  redirectTo?: string;
}

/** Signs in with email and password; on success the response redirects, so this only returns errors. */
export async function signInWithPassword({ email, password, code, redirectTo }: PasswordSignIn): Promise<SignInResult> {
  try {
    await signIn("credentials", { email, password, ...(code ? { code } : {}), redirectTo: safeRedirectPath(redirectTo) });
    return { error: null };
  } catch (error) {
    // signIn ends in a redirect, which Next.js implements as a thrown error: let it through.
    if (!(error instanceof AuthError)) throw error;
    const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
    return { error: toSignInErrorCode(error.type, code) };
  }
}

export interface SignInFormState extends SignInResult {
  /** Kept so the form shows the email again after a refused attempt. */
  email: string;
}

export async function signInFormAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const email = field("email");
  const result = await signInWithPassword({ email, password: field("password"), code: field("code"), redirectTo: field("redirectTo") });
  return { ...result, email };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
