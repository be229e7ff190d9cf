import { randomBytes } from "node:crypto";
import { db } from "@harbor/db";
import { hashPassword } from "@harbor/db/password";
import { toUserActor } from "../../access/actor";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { normalizeEmail } from "./sign-in";

export interface SignUpInput {
  organizationName: string;
  name: string;
  email: string;
  password: string;
}

function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `${base || "agency"}-${randomBytes(3).toString("hex")}`;
}

/** Creates an organization and its first admin, in one transaction. */
export async function signUp(input: SignUpInput) {
  const email = normalizeEmail(input.email);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    throw new AppError("CONFLICT", "An account with this email already exists", {
      fieldErrors: { email: ["An account with this email already exists"] },
    });
  }
  const passwordHash = await hashPassword(input.password);

  return db.$transaction(async (tx) => {
    const organization = await tx.organization.create({
      data: { name: input.organizationName.trim(), slug: slugify(input.organizationName) },
      select: { id: true, name: true, slug: true },
    });
    const user = await tx.user.create({
      data: { organizationId: organization.id, email, name: input.name.trim(), passwordHash, role: "admin" },
      select: { id: true, email: true, name: true, role: true },
    });
    await recordAudit(tx, {
      actor: toUserActor({ ...user, organizationId: organization.id, teamId: null }, "session"),
      action: "auth.signUp",
      entityType: "organization",
      entityId: organization.id,
      changes: { organizationName: organization.name, email },
    });
    return { organization, user };
  });
}
