import type { Prisma } from "@harbor/db";
import type { AccountPending } from "../../access/actor";

/** What a credential's loader reads of its user: the actor's fields and what decides `pending`. */
export const actingUserSelect = {
  id: true,
  organizationId: true,
  role: true,
  teamId: true,
  email: true,
  name: true,
  status: true,
  sessionVersion: true,
  emailVerifiedAt: true,
  mfaEnabledAt: true,
  organization: { select: { requireMfaForAdmins: true } },
} as const satisfies Prisma.UserSelect;

type ActingUserRow = Prisma.UserGetPayload<{ select: typeof actingUserSelect }>;

/** The step an account must take before it may act, if any. */
export function accountPendingOf(user: ActingUserRow): AccountPending | undefined {
  if (!user.emailVerifiedAt) return "email_verification";
  if (user.role === "admin" && user.organization.requireMfaForAdmins && !user.mfaEnabledAt) return "mfa_enrollment";
  return undefined;
}

export const pendingMessages: Record<AccountPending, string> = {
  email_verification: "Verify your email address first: open the link Harbor sent you, or ask for a new one.",
  mfa_enrollment: "Your organization requires two-factor authentication for admins: set it up in Settings → Security first.",
};
