import { describe, expect, it } from "vitest";
import { signInErrorMessage, toSignInErrorCode } from "./sign-in-errors";

describe("toSignInErrorCode", () => {
  it("reports a refused password without saying whether the account exists", () => {
    expect(toSignInErrorCode("CredentialsSignin", "credentials")).toBe("credentials");
    expect(signInErrorMessage("credentials")).toBe("Email or password is incorrect.");
  });

  it("recognises the rate-limit code the credentials provider sets", () => {
    expect(toSignInErrorCode("CredentialsSignin", "rate_limited")).toBe("rate_limited");
    expect(signInErrorMessage("rate_limited")).toMatch(/^Too many attempts/);
  });

  it("recognises the second step: a code needed, or a wrong code", () => {
    expect(toSignInErrorCode("CredentialsSignin", "mfa_required")).toBe("mfa_required");
    expect(toSignInErrorCode("CredentialsSignin", "mfa_invalid")).toBe("mfa_invalid");
    expect(signInErrorMessage("mfa_required")).toMatch(/authenticator app/);
  });

  it("treats any other next-auth error as the service being unavailable", () => {
    expect(toSignInErrorCode("CallbackRouteError", undefined)).toBe("unavailable");
    expect(toSignInErrorCode("Configuration", undefined)).toBe("unavailable");
  });
});
