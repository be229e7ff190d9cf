import type { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { live } from "../../../access/scopes/live-record";
import { policySelect, toPolicy } from "../policies/policy-select";

/** A household with the members the actor reaches and their live policies. */
export function householdSelect(actor: Actor) {
  return {
    id: true,
    name: true,
    address: true,
    primaryContactId: true,
    createdAt: true,
    updatedAt: true,
    members: {
      where: ownedRecordScope(actor),
      select: { id: true, name: true, email: true, phone: true, dateOfBirth: true, policies: { where: live, select: policySelect, orderBy: [{ renewalDate: { sort: "asc", nulls: "last" } }, { id: "asc" }] } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    },
  } as const satisfies Prisma.HouseholdSelect;
}

type HouseholdRow = Prisma.HouseholdGetPayload<{ select: ReturnType<typeof householdSelect> }>;

const cents = (value: number) => Math.round(value * 100) / 100;

/** The household view: members (primary first) with their policies, and the totals across them. */
export function toHousehold(household: HouseholdRow) {
  const members = household.members
    .map((member) => ({ ...member, isPrimary: member.id === household.primaryContactId, policies: member.policies.map((policy) => toPolicy(policy)) }))
    .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  const policies = members.flatMap((member) => member.policies);
  const primary = members.find((member) => member.isPrimary);
  return {
    id: household.id,
    name: household.name,
    address: household.address,
    primaryContact: primary ? { id: primary.id, name: primary.name } : null,
    members,
    totals: {
      members: members.length,
      policies: policies.length,
      premium: cents(policies.reduce((sum, policy) => sum + policy.premium, 0)),
      activePremium: cents(policies.filter((policy) => policy.status === "active").reduce((sum, policy) => sum + policy.premium, 0)),
    },
    createdAt: household.createdAt,
    updatedAt: household.updatedAt,
  };
}
