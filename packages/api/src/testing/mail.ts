import { db } from "@harbor/db";

/** The newest outbox mail to an address, of a kind; throws when there is none. */
export async function lastMailTo(to: string, kind: string) {
  return db.mailOutbox.findFirstOrThrow({ where: { to, kind }, orderBy: { createdAt: "desc" } });
}

/** The `token` parameter of the link in a mail's body (reset and verification mails). */
export function linkTokenIn(body: string): string {
  const match = /[?&]token=([^&\s]+)/.exec(body);
  if (!match?.[1]) throw new Error(`No link with a token in: ${body}`);
  return decodeURIComponent(match[1]);
}
