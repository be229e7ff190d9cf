import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../access/actor";
import { openDueCases } from "../../services/renewals/cases";
import { callerFor, seedRenewingPolicy, useTestOrganization } from "../../testing";
import { addUser } from "../../testing/pipeline-fixtures";

// Cases renewing this month and next, some renewed with payment and one lost: the cards, the trend
// and the per-file outcomes, for the whole organization and for one agent.

const DAY = 24 * 60 * 60 * 1000;

describe("renewals.dashboard", () => {
  const org = useTestOrganization();
  let caseIds: string[];

  beforeAll(async () => {
    const south = await addUser(org, "agent");
    const today = new Date();
    const daysLeftInMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1)).getTime() / DAY - Math.floor(today.getTime() / DAY) - 1;
    // Three renewing within this month (today), one of them the south agent's; one next month.
    for (const [owner, premium] of [[org.users.agent.userId, 1_000], [org.users.agent.userId, 2_000], [south.userId, 500]] as const) {
      await seedRenewingPolicy(org.organizationId, owner, { renewsInDays: 0, premium });
    }
    await seedRenewingPolicy(org.organizationId, org.users.agent.userId, { renewsInDays: daysLeftInMonth + 5, premium: 9_000 });
    await openDueCases({ actor: systemActor(org.organizationId, "test") });
    caseIds = (await db.renewalCase.findMany({ where: { organizationId: org.organizationId }, orderBy: { premium: "asc" }, select: { id: true } })).map((item) => item.id);
    const admin = callerFor(org.users.admin).renewals.cases;
    await admin.update({ id: caseIds[1]!, paymentStatus: "completed", paymentAmount: 1_000, paymentMethod: "card" });
    await admin.markRenewed({ id: caseIds[1]! });
    await admin.markLost({ id: caseIds[0]!, reason: "price" });
  });

  it("counts this month's cases by status with premiums, payments and retention", async () => {
    const stats = await callerFor(org.users.admin).renewals.dashboard.stats();
    expect(stats).toMatchObject({ totalCases: 3, newCases: 1, inProgress: 0, renewed: 1, lost: 1, premiumUpForRenewal: 3_500, premiumRenewed: 1_000, retentionRate: 0.5, paymentCollected: 1_000, paymentPending: 2_000 });
    expect((await callerFor(org.users.admin).renewals.dashboard.stats({ dateRange: "quarter" })).totalCases).toBeGreaterThanOrEqual(3);
    expect((await callerFor(org.users.admin).renewals.dashboard.stats({ caseStatus: "renewed" })).totalCases).toBe(1);
    expect((await callerFor(org.users.admin).renewals.dashboard.stats({ policyType: "home" })).totalCases).toBe(0);
  });

  it("counts only the cases in the caller's scope", async () => {
    const stats = await callerFor(org.users.agent).renewals.dashboard.stats();
    expect(stats).toMatchObject({ totalCases: 2, renewed: 1, lost: 0, premiumUpForRenewal: 3_000, retentionRate: 1 });
  });

  it("refuses a custom range without its dates", async () => {
    await expect(callerFor(org.users.admin).renewals.dashboard.stats({ dateRange: "custom" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("trends opened, renewed and lost per day with the success rate", async () => {
    const trends = await callerFor(org.users.admin).renewals.dashboard.trends({ dateRange: "week" });
    expect(trends).toHaveLength(7);
    const today = trends.find((bucket) => bucket.newCases > 0)!;
    expect(today).toMatchObject({ newCases: 4, renewed: 1, lost: 1, successRate: 0.5 });
    const weekly = await callerFor(org.users.admin).renewals.dashboard.trends({ dateRange: "month", bucket: "week" });
    expect(weekly.reduce((sum, bucket) => sum + bucket.newCases, 0)).toBe(4);
  });

  it("lists no renewal files where none was uploaded", async () => {
    expect(await callerFor(org.users.admin).renewals.dashboard.batchStatus()).toEqual([]);
  });

  it("sums the same figures from the per-day counters as from the cases, after escalations, reassignments, payments and deletes", async () => {
    // Unfiltered stats read renewal_case_day_stats; with a status filter they read the cases. The
    // statuses partition the cases, so the counters' figures must equal the cases' summed per status.
    const admin = callerFor(org.users.admin).renewals.cases;
    await admin.escalate({ id: caseIds[2]!, toUserId: org.users.manager.userId, reason: "Large premium" });
    await admin.update({ id: caseIds[2]!, paymentStatus: "partial", paymentAmount: 250.55, status: "pending_action" });
    await admin.assign({ id: caseIds[3]!, userId: org.users.manager.userId });
    await db.renewalCase.delete({ where: { id: caseIds[0]! } });
    const statuses = ["new", "in_progress", "pending_action", "renewed", "failed"] as const;
    const figures = ["totalCases", "newCases", "inProgress", "pendingAction", "renewed", "lost", "premiumUpForRenewal", "premiumRenewed", "paymentCollected", "paymentPending"] as const;
    const from = new Date(Date.now() - 300 * DAY);
    const to = new Date(Date.now() + 300 * DAY);
    for (const user of [org.users.admin, org.users.manager, org.users.agent]) {
      for (const range of [{}, { dateRange: "quarter" as const }, { dateRange: "custom" as const, startDate: from, endDate: to }]) {
        const dashboard = callerFor(user).renewals.dashboard;
        const counted = await dashboard.stats(range);
        const perStatus = await Promise.all(statuses.map((caseStatus) => dashboard.stats({ ...range, caseStatus })));
        for (const figure of figures) {
          expect(counted[figure], `${user.role} ${range.dateRange ?? "month"} ${figure}`).toBeCloseTo(perStatus.reduce((sum, one) => sum + one[figure], 0), 2);
        }
      }
    }
    expect((await callerFor(org.users.admin).renewals.dashboard.stats({ dateRange: "custom", startDate: from, endDate: to })).totalCases).toBe(3);
  });
});
