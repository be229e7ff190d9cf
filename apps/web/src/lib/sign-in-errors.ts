/** The codes the credentials provider reports; the sign-in form turns them into sentences. */
export type SignInErrorCode = "credentials" | "rate_limited" | "unavailable";

export const RATE_LIMITED_CODE = "rate_limited" satisfies SignInErrorCode;

const messages: Record<SignInErrorCode, string> = {
  credentials: "Email or password is incorrect.",
  rate_limited: "Too many attempts. Wait 15 minutes and try again.",
  unavailable: "Signing in is not possible right now. Try again in a moment.",
};

export function signInErrorMessage(code: SignInErrorCode): string {
  return messages[code];
}

/** Maps what next-auth reports (an error type and a provider code) to one of our codes. */
export function toSignInErrorCode(type: string | undefined, code: string | undefined): SignInErrorCode {
  if (type !== "CredentialsSignin") return "unavailable";
  return code === RATE_LIMITED_CODE ? "rate_limited" : "credentials";
}
