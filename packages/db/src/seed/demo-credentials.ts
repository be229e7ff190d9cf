import type { Database } from "../client";
import { verifyPassword } from "../password";
import { DEMO_PASSWORD, DEMO_USERS } from "./seed-demo";

/**
 * The demo logins that still open with the published password: a production start refuses to
 * run while any remain. A demo email whose password was changed is an ordinary account.
 */
export async function findDemoCredentials(db: Database): Promise<string[]> {
  const users = await db.user.findMany({
    where: { email: { in: DEMO_USERS.map((user) => user.email) } },
    select: { email: true, passwordHash: true },
  });
  const open: string[] = [];
  for (const user of users) {
    if (user.passwordHash && (await verifyPassword(user.passwordHash, DEMO_PASSWORD))) open.push(user.email);
  }
  return [...new Set(open)].sort();
}
