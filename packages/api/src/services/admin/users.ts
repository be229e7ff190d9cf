import { auditedTransaction } from "../audit";
import { randomBytes } from "node:crypto";
import { db, type Prisma, type Role, type UserStatus } from "@harbor/db";
import { hashPassword } from "@harbor/db/password";
import type { UserActor } from "../../access/actor";
import { organizationScope, requireId, within } from "../../access/organization-scope";
import { AppError, fieldConflict, fieldError, isUniqueViolation, notFound } from "../../errors";
import { forgetUserActors } from "../auth/actor-cache";
import { assertPasswordPolicy } from "../auth/password-policy";
import { endAllSessions } from "../auth/sessions";
import { normalizeEmail } from "../auth/sign-in";
import { readModelList, type KeysetSort, type ListPageInput } from "../pagination";
import { containsText } from "../text-search";
import { summarySelect } from "../summary-select";
import { transferBook } from "./transfer-book";

// User administration, within the admin's organization. The last active admin can be neither
// demoted nor deactivated, so an organization can never lock itself out.

export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  status: true,
  title: true,
  lastLoginAt: true,
  createdAt: true,
  team: summarySelect,
} as const satisfies Prisma.UserSelect;

export interface ListUsersInput extends ListPageInput<UserActor> {
  role?: Role;
  status?: UserStatus;
}

// Oldest first: the organization's first admin heads the list.
const sortKey: KeysetSort<"createdAt"> = { field: "createdAt", direction: "asc", kind: "date" };

export async function listUsers({ actor, cursor, limit, search, role, status }: ListUsersInput) {
  const filters: Prisma.UserWhereInput = {
    ...(role ? { role } : {}),
    ...(status ? { status } : {}),
    ...(search
      ? { OR: [{ name: containsText(search) }, { email: containsText(search) }] }
      : {}),
  };
  return readModelList({ model: db.user, select: userSelect, where: within(organizationScope(actor), filters), sort: sortKey, cursor, limit, search });
}

async function assertTeamInOrganization(organizationId: string, teamId: string | null | undefined) {
  if (!teamId) return;
  const team = await db.team.findFirst({ where: { id: teamId, organizationId }, select: { id: true } });
  if (!team) throw fieldError("teamId", "Team not found");
}

export interface CreateUserInput {
  actor: UserActor;
  email: string;
  name: string;
  role: Role;
  teamId?: string | null;
  password?: string;
}

/** Creates a user; without a password, a temporary one is generated and returned once. */
export async function createUser({ actor, email, name, role, teamId, password }: CreateUserInput) {
  const normalized = normalizeEmail(email);
  if (password) assertPasswordPolicy(password, { email: normalized });
  await assertTeamInOrganization(actor.organizationId, teamId);
  const temporaryPassword = password ? undefined : randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password ?? temporaryPassword!);
  try {
    const user = await auditedTransaction((tx) => tx.user.create({
      data: { organizationId: actor.organizationId, email: normalized, name: name.trim(), role, teamId: teamId ?? null, passwordHash },
      select: userSelect,
    }));
    return { user, temporaryPassword };
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldConflict("email", "A user with this email already exists");
    throw error;
  }
}

/**
 * Inside the demotion's transaction: locks the organization's active admins (FOR UPDATE), so two
 * concurrent demotions of the last two admins run one after the other, and the second sees the
 * first's result and is refused.
 */
async function assertAdminRemains(tx: Prisma.TransactionClient, organizationId: string, userId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM users WHERE organization_id = ${organizationId}::uuid AND role = 'admin' AND status = 'active' ORDER BY id FOR UPDATE`;
  if (!admins.some((admin) => admin.id !== userId)) {
    throw new AppError("CONFLICT", "The organization must keep at least one active admin");
  }
}

async function findUserInOrganization(actor: UserActor, id: string) {
  const user = await db.user.findFirst({
    where: { id: requireId(id), ...organizationScope(actor) },
    select: { id: true, name: true, role: true, status: true },
  });
  if (!user) throw notFound("User");
  return user;
}

export interface UpdateUserInput {
  actor: UserActor;
  id: string;
  name?: string;
  role?: Role;
  teamId?: string | null;
  title?: string | null;
  status?: UserStatus;
}

export async function updateUser({ actor, id, name, role, teamId, title, status }: UpdateUserInput) {
  const user = await findUserInOrganization(actor, id);
  const losesAdmin = user.role === "admin" && ((role && role !== "admin") || status === "deactivated");
  await assertTeamInOrganization(actor.organizationId, teamId);
  const updated = await auditedTransaction(async (tx) => {
    if (losesAdmin) await assertAdminRemains(tx, actor.organizationId, user.id);
    return tx.user.update({
      where: { id: user.id },
      data: {
        ...(name !== undefined ? { name: name.trim() } : {}),
        ...(role !== undefined ? { role } : {}),
        ...(teamId !== undefined ? { teamId } : {}),
        ...(title !== undefined ? { title } : {}),
        ...(status !== undefined ? { status } : {}),
      },
      select: userSelect,
    });
  });
  if (status === "deactivated" && user.status !== "deactivated") await db.$transaction((tx) => endAllSessions(tx, user.id));
  await forgetUserActors(user.id);
  return updated;
}

/**
 * Deactivated users cannot sign in; their sessions and API keys end at once. With `transferTo`, their
 * open book goes to that active colleague (transfer-book.ts) in the same transaction, audited, and
 * the receiver is notified.
 */
export async function deactivateUser({ actor, id, transferTo }: { actor: UserActor; id: string; transferTo?: string | undefined }) {
  if (id === actor.userId) {
    throw fieldConflict("id", "You cannot deactivate yourself");
  }
  const user = await findUserInOrganization(actor, id);
  const receiver = transferTo === undefined ? null : await findReceiver(actor, user.id, transferTo);
  const { updated, transferred, announce } = await auditedTransaction(
    async (tx) => {
      if (user.role === "admin") await assertAdminRemains(tx, actor.organizationId, user.id);
      const updated = await tx.user.update({ where: { id: user.id }, data: { status: "deactivated" }, select: userSelect });
      const transfer = receiver ? await transferBook(tx, actor, { from: user, to: receiver }) : null;
      if (user.status !== "deactivated") await endAllSessions(tx, user.id);
      return { updated, transferred: transfer?.transferred ?? null, announce: transfer?.announce };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  await forgetUserActors(user.id);
  await announce?.();
  return { ...updated, transferred };
}

/** Who receives a book: an active user of the organization other than the one leaving. */
async function findReceiver(actor: UserActor, leavingId: string, transferTo: string) {
  if (transferTo === leavingId) throw fieldError("transferTo", "Choose someone other than the user being deactivated");
  const receiver = await db.user.findFirst({ where: { id: requireId(transferTo, "transferTo"), organizationId: actor.organizationId, status: "active" }, select: { id: true, name: true } });
  if (!receiver) throw fieldError("transferTo", "No active user with this id in the organization");
  return receiver;
}
