/** The codes the credentials provider reports; the sign-in form turns them into sentences. */
export type SignInErrorCode = "credentials" | "rate_limited" | "mfa_required" | "mfa_invalid" | "unavailable";

const providerCodes: readonly SignInErrorCode[] = ["rate_limited", "mfa_required", "mfa_invalid"];

const messages: Record<SignInErrorCode, string> = {
  credentials: "Email or password is incorrect.",
  rate_limited: "Too many attempts. Wait 15 minutes and try again.",
  mfa_required: "Enter the 6-digit code from your authenticator app, or one of your recovery codes.",
  mfa_invalid: "That code is not right. Try the current code from your app, or a recovery code.",
  unavailable: "Signing in is not possible right now. Try again in a moment.",
};

export function signInErrorMessage(code: SignInErrorCode): string {
  return messages[code];
}

/** Maps what next-auth reports (an error type and a provider code) to one of our codes. */
export function toSignInErrorCode(type: string | undefined, code: string | undefined): SignInErrorCode {
  if (type !== "CredentialsSignin") return "unavailable";
  return providerCodes.find((known) => known === code) ?? "credentials";
}
