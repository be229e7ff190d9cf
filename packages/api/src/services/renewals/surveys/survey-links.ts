import { createHash, randomBytes } from "node:crypto";
import { apiEnv } from "../../../env";

// Survey tokens: 24 random bytes, URL-safe. An open link's token is kept as is (it is shown to the
// team again); an invite's only as its SHA-256, like API keys, so the table leaks no answer link.

export const newSurveyToken = () => randomBytes(24).toString("base64url");

export const hashSurveyToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** What a token looks like; anything else is not found without a query. */
export const isSurveyTokenShape = (token: string) => /^[A-Za-z0-9_-]{32}$/.test(token);

/** The public page of a token, absolute on the app's URL (AUTH_URL). */
export function surveyUrl(token: string): string {
  const base = apiEnv().AUTH_URL.replace(/\/+$/, "");
  return `${base}/surveys/${token}`;
}
