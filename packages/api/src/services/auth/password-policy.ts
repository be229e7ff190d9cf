import { fieldError } from "../../errors";
import { COMMON_PASSWORDS } from "./common-passwords";

// The password policy (spec 001): at least 10 characters, at most 200 (argon2 hashes whatever it
// is given; a cap keeps a request from costing seconds), not one of the passwords most often found
// in breaches, and not the account's own email.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(COMMON_PASSWORDS.split("\n")));

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

/** Throws VALIDATION_ERROR on `field` when the password breaks the policy. */
export function assertPasswordPolicy(password: string, { email, field = "password" }: { email?: string; field?: string } = {}): void {
  if (password.length < PASSWORD_MIN_LENGTH) throw fieldError(field, `must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password.length > PASSWORD_MAX_LENGTH) throw fieldError(field, `must be at most ${PASSWORD_MAX_LENGTH} characters`);
  if (isCommonPassword(password)) throw fieldError(field, "is one of the most common passwords found in breaches; choose another");
  if (email && password.toLowerCase() === email.toLowerCase()) throw fieldError(field, "must not be your email address");
}
