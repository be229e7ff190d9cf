import { createDatabase, db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import type { UserActor } from "../../access/actor";
import { withNextClaimSequence } from "../../services/renewals/claims";
import { callerFor, createTestOrganization, useTestOrganization, type TestOrganization } from "../../testing";
import { daysAgo, fieldErrorsOf, useAddedUser } from "../../testing/pipeline-fixtures";

const year = new Date().getUTCFullYear();

async function policyOwnedBy(org: TestOrganization, owner: UserActor, policyNumber: string, { startDaysAgo = 100, endInDays = 265 } = {}) {
  const contact = await db.contact.create({ data: { organizationId: org.organizationId, ownerId: owner.userId, name: `Holder of ${policyNumber}` } });
  return db.policy.create({
    data: {
      organizationId: org.organizationId,
      contactId: contact.id,
      ownerId: owner.userId,
      policyNumber,
      type: "auto",
      carrier: "Harbor Mutual",
      premium: 1200,
      startDate: daysAgo(startDaysAgo),
      endDate: new Date(Date.now() + endInDays * 86_400_000),
    },
  });
}

const claimInput = { claimType: "collision", claimAmount: 4200.5, description: "Rear-ended at a light", incidentDate: daysAgo(3) };

describe("renewals.claims", () => {
  const org = useTestOrganization();
  const south = useAddedUser(org, "agent");

  it("files a claim by policy number with a CLM-<year>-<seq> number, and by id; the policy owner is told", async () => {
    const policy = await policyOwnedBy(org, org.users.agent, "AUTO-CLM-1");
    const byManager = await callerFor(org.users.manager).renewals.claims.create({ policyNumber: "AUTO-CLM-1", ...claimInput });
    expect(byManager).toMatchObject({
      claimNumber: expect.stringMatching(new RegExp(`^CLM-${year}-\\d{4}$`)) as unknown,
      status: "submitted",
      claimAmount: 4200.5,
      settlementAmount: null,
      policy: { id: policy.id, policyNumber: "AUTO-CLM-1", contact: { name: "Holder of AUTO-CLM-1" } },
      createdBy: { id: org.users.manager.userId },
    });
    const byId = await callerFor(org.users.agent).renewals.claims.create({ policyId: policy.id, ...claimInput, claimType: "glass" });
    expect(Number(byId.claimNumber.slice(-4))).toBe(Number(byManager.claimNumber.slice(-4)) + 1);

    const notices = await db.notification.findMany({ where: { userId: org.users.agent.userId, type: "claim" }, select: { title: true, actionUrl: true } });
    // The agent filed the second claim themselves: only the manager's claim is news to them.
    expect(notices).toEqual([{ title: `${byManager.claimNumber}: claim filed`, actionUrl: `/renewals/claims?claim=${byManager.id}` }]);
  });

  it("refuses a claim without a policy, with both, in the future, or on a policy out of reach", async () => {
    const caller = callerFor(org.users.agent);
    await expect(caller.renewals.claims.create({ ...claimInput })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const future = caller.renewals.claims.create({ policyNumber: "AUTO-CLM-1", ...claimInput, incidentDate: new Date(Date.now() + 3 * 86_400_000) });
    await expect(future).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await policyOwnedBy(org, south, "AUTO-SOUTH-1");
    await expect(caller.renewals.claims.create({ policyNumber: "AUTO-SOUTH-1", ...claimInput })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.viewer).renewals.claims.create({ policyNumber: "AUTO-CLM-1", ...claimInput })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("moves a claim submitted → under_review → approved → settled with the settlement, notifying the owner of each move", async () => {
    await policyOwnedBy(org, org.users.agent, "AUTO-FLOW-1");
    const manager = callerFor(org.users.manager);
    const claim = await callerFor(org.users.agent).renewals.claims.create({ policyNumber: "AUTO-FLOW-1", ...claimInput });
    const reviewing = await manager.renewals.claims.updateStatus({ id: claim.id, status: "under_review" });
    expect(reviewing.status).toBe("under_review");
    await expect(manager.renewals.claims.updateStatus({ id: claim.id, status: "settled", settlementAmount: 100 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "A claim cannot move from under_review to settled: from under_review a claim may move to approved or rejected",
    });
    await manager.renewals.claims.updateStatus({ id: claim.id, status: "approved", note: "Liability accepted" });
    const missing = await manager.renewals.claims.updateStatus({ id: claim.id, status: "settled" }).catch((error: unknown) => error);
    expect(fieldErrorsOf(missing)).toEqual({ settlementAmount: ["A settled claim needs its settlement amount"] });
    const settled = await manager.renewals.claims.updateStatus({ id: claim.id, status: "settled", settlementAmount: 3900, settlementDate: daysAgo(1) });
    expect(settled).toMatchObject({ status: "settled", settlementAmount: 3900, decisionNote: "Liability accepted" });
    expect(settled.settlementDate).toBeInstanceOf(Date);
    const titles = (
      await db.notification.findMany({ where: { userId: org.users.agent.userId, data: { path: ["claimId"], equals: claim.id } }, orderBy: { createdAt: "asc" }, select: { title: true } })
    ).map((notice) => notice.title);
    expect(titles).toEqual([`${claim.claimNumber}: under review`, `${claim.claimNumber}: approved`, `${claim.claimNumber}: settled`]);
    await expect(manager.renewals.claims.updateStatus({ id: claim.id, status: "under_review" })).rejects.toMatchObject({ message: expect.stringContaining("settled is final") as unknown });
  });

  it("refuses illegal jumps and settlement figures outside settling", async () => {
    await policyOwnedBy(org, org.users.agent, "AUTO-JUMP-1");
    const agent = callerFor(org.users.agent);
    const claim = await agent.renewals.claims.create({ policyNumber: "AUTO-JUMP-1", ...claimInput });
    for (const status of ["approved", "rejected", "settled", "submitted"] as const) {
      await expect(agent.renewals.claims.updateStatus({ id: claim.id, status, settlementAmount: status === "settled" ? 1 : undefined })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: `A claim cannot move from submitted to ${status}: from submitted a claim may move to under_review`,
      });
    }
    const early = await agent.renewals.claims.updateStatus({ id: claim.id, status: "under_review", settlementAmount: 5 }).catch((error: unknown) => error);
    expect(fieldErrorsOf(early)).toEqual({ settlementAmount: ["Settlement amount and date are recorded only when a claim is settled"] });
    await agent.renewals.claims.updateStatus({ id: claim.id, status: "under_review" });
    const rejected = await agent.renewals.claims.updateStatus({ id: claim.id, status: "rejected", note: "Not covered" });
    expect(rejected).toMatchObject({ status: "rejected", decisionNote: "Not covered" });
  });

  it("keeps another team's claims from an agent (NOT_FOUND, absent from lists); managers see their team's, viewers read all", async () => {
    await policyOwnedBy(org, south, "AUTO-SOUTH-2");
    const southClaim = await callerFor(south).renewals.claims.create({ policyNumber: "AUTO-SOUTH-2", ...claimInput });
    const agent = callerFor(org.users.agent);
    await expect(agent.renewals.claims.get({ id: southClaim.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(agent.renewals.claims.updateStatus({ id: southClaim.id, status: "under_review" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await agent.renewals.claims.list({})).items.map((claim) => claim.id)).not.toContain(southClaim.id);
    await expect(callerFor(org.users.manager).renewals.claims.get({ id: southClaim.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await callerFor(org.users.viewer).renewals.claims.get({ id: southClaim.id })).toMatchObject({ id: southClaim.id });
    expect(await callerFor(org.users.compliance).renewals.claims.get({ id: southClaim.id })).toMatchObject({ id: southClaim.id });
    await expect(callerFor(org.users.viewer).renewals.claims.updateStatus({ id: southClaim.id, status: "under_review" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lists newest first with filters, search by claim and policy number, keyset pages and a first-page total", async () => {
    const fresh = await createTestOrganization();
    await policyOwnedBy(fresh, fresh.users.agent, "LIST-A");
    await policyOwnedBy(fresh, fresh.users.agent, "LIST-B");
    const agent = callerFor(fresh.users.agent);
    const created = [];
    for (const [index, policyNumber] of ["LIST-A", "LIST-B", "LIST-A", "LIST-B", "LIST-A"].entries()) {
      created.push(await agent.renewals.claims.create({ policyNumber, ...claimInput, claimType: index % 2 ? "theft" : "collision" }));
    }
    await agent.renewals.claims.updateStatus({ id: created[0]!.id, status: "under_review" });

    const first = await agent.renewals.claims.list({ limit: 2 });
    expect(first).toMatchObject({ total: 5, totalCapped: false });
    const second = await agent.renewals.claims.list({ limit: 2, cursor: first.nextCursor! });
    const third = await agent.renewals.claims.list({ limit: 2, cursor: second.nextCursor! });
    expect(second.total).toBeNull();
    expect([...first.items, ...second.items, ...third.items].map((claim) => claim.id)).toEqual(created.map((claim) => claim.id).reverse());
    expect(third.nextCursor).toBeNull();

    expect((await agent.renewals.claims.list({ status: "under_review" })).items.map((claim) => claim.id)).toEqual([created[0]!.id]);
    expect((await agent.renewals.claims.list({ claimType: "THEFT" })).total).toBe(2);
    expect((await agent.renewals.claims.list({ search: "list-b" })).total).toBe(2);
    expect((await agent.renewals.claims.list({ search: created[2]!.claimNumber })).items.map((claim) => claim.id)).toEqual([created[2]!.id]);
    expect((await agent.renewals.claims.list({ policyId: created[1]!.policy.id })).total).toBe(2);
    expect((await agent.renewals.claims.list({ contactId: created[0]!.policy.contact.id })).total).toBe(3);
  });

  it("numbers claims per organization and year without gaps or collisions under concurrent creates, across processes", async () => {
    const fresh = await createTestOrganization();
    const policy = await policyOwnedBy(fresh, fresh.users.agent, "RACE-1");
    const otherProcess = createDatabase({ databaseUrl: process.env.DATABASE_URL!, maxConnections: 3 });
    try {
      const creates = Array.from({ length: 10 }, () => callerFor(fresh.users.agent).renewals.claims.create({ policyId: policy.id, ...claimInput }));
      const fromOtherProcess = Array.from({ length: 4 }, () =>
        withNextClaimSequence(
          fresh.organizationId,
          year,
          (tx, sequence) =>
            tx.claim.create({
              data: { organizationId: fresh.organizationId, policyId: policy.id, claimNumber: `CLM-${year}-${sequence}`, year, sequence, claimType: "x", claimAmount: 1, description: "x", incidentDate: daysAgo(1), reportedDate: daysAgo(0) },
              select: { sequence: true },
            }),
          otherProcess,
        ),
      );
      const claims = await Promise.all(creates);
      const others = await Promise.all(fromOtherProcess);
      const sequences = [...claims.map((claim) => Number(claim.claimNumber.slice(-4))), ...others.map((claim) => claim.sequence)].sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 14 }, (_, index) => index + 1));
    } finally {
      await otherProcess.$disconnect();
    }
  });

  it("feeds the renewal risk: claims with an incident date in the term count, rejected and earlier ones do not", async () => {
    const fresh = await createTestOrganization();
    const policy = await policyOwnedBy(fresh, fresh.users.agent, "RISK-1", { startDaysAgo: 30 });
    const agent = callerFor(fresh.users.agent);
    const factor = async () => {
      const stored = await db.storedScore.findFirst({ where: { entityType: "policy", entityId: policy.id, kind: "renewal_risk" }, select: { factors: true } });
      return (stored!.factors as { name: string; value: number; explanation: string }[]).find((item) => item.name === "claimsInTerm");
    };
    await agent.renewals.claims.create({ policyId: policy.id, ...claimInput, incidentDate: daysAgo(40) });
    expect(await factor()).toMatchObject({ value: 0, explanation: "0 claims this term." });
    const first = await agent.renewals.claims.create({ policyId: policy.id, ...claimInput });
    expect(await factor()).toMatchObject({ value: 10, explanation: "1 claims this term." });
    await agent.renewals.claims.create({ policyId: policy.id, ...claimInput, incidentDate: daysAgo(10) });
    expect(await factor()).toMatchObject({ value: 20 });
    await agent.renewals.claims.updateStatus({ id: first.id, status: "under_review" });
    await agent.renewals.claims.updateStatus({ id: first.id, status: "rejected" });
    expect(await factor()).toMatchObject({ value: 10 });
  });
});
