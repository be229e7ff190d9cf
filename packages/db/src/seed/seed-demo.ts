import { randomUUID } from "node:crypto";
import type { Database } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { hashPassword } from "../password";
import * as vocabulary from "./demo-data";
import { seedServiceDesk } from "./seed-service-desk";

// The demo agency: five users (one per role) plus three more producers, two teams, and a book
// of business large enough to feel real. Deterministic (a seeded PRNG). Its password is published
// in the README, so it is only ever written into an empty database: once any organization exists
// the seed does nothing at all — it never resets a password, a role or a status, so a demo login
// someone changed or deactivated stays that way.

export const DEMO_ORGANIZATION = { name: "Harbor Demo Agency", slug: "harbor-demo" };
export const DEMO_PASSWORD = "harbor-demo";
export const DEMO_USERS = [
  { email: "admin@harbor.local", name: "Alex Admin", role: "admin", team: "North" },
  { email: "manager@harbor.local", name: "Morgan Manager", role: "manager", team: "North" },
  { email: "agent@harbor.local", name: "Avery Agent", role: "agent", team: "North" },
  { email: "viewer@harbor.local", name: "Vic Viewer", role: "viewer", team: null },
  { email: "compliance@harbor.local", name: "Casey Compliance", role: "compliance", team: null },
  { email: "jordan@harbor.local", name: "Jordan Producer", role: "agent", team: "North" },
  { email: "riley@harbor.local", name: "Riley Producer", role: "agent", team: "South" },
  { email: "sam@harbor.local", name: "Sam Producer", role: "agent", team: "South" },
] as const;

function mulberry32(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

export interface SeedResult {
  created: boolean;
  counts: Record<string, number>;
}

export async function seedDemo(db: Database, { now = new Date() } = {}): Promise<SeedResult> {
  if ((await db.organization.count({ take: 1 })) > 0) return { created: false, counts: {} };
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const random = mulberry32(20261121);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => Math.floor(min + random() * (max - min + 1));
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const daysAhead = (days: number) => new Date(now.getTime() + days * DAY);
  const person = () => `${pick(vocabulary.firstNames)} ${pick(vocabulary.lastNames)}`;
  const emailOf = (name: string, index: number) => `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${index}@example.com`;
  const phone = () => `+1-555-${String(between(100, 999))}-${String(between(1000, 9999))}`;

  return db.$transaction(
    async (tx) => {
      const organizationId = randomUUID();
      await tx.organization.create({ data: { id: organizationId, ...DEMO_ORGANIZATION } });
      const teams = { North: randomUUID(), South: randomUUID() };
      await tx.team.createMany({
        data: [
          { id: teams.North, organizationId, name: "North", description: "Personal lines, north office" },
          { id: teams.South, organizationId, name: "South", description: "Commercial lines, south office" },
        ],
      });
      const users = DEMO_USERS.map((user) => ({ ...user, id: randomUUID() }));
      await tx.user.createMany({
        data: users.map((user) => ({
          id: user.id,
          organizationId,
          email: user.email,
          name: user.name,
          role: user.role,
          teamId: user.team ? teams[user.team] : null,
          passwordHash,
        })),
      });
      const producers = users.filter((user) => user.role === "agent" || user.role === "manager").map((user) => user.id);

      const contacts: Prisma.ContactCreateManyInput[] = Array.from({ length: 260 }, (_, index) => {
        const name = person();
        const healthScore = between(15, 98);
        return {
          id: randomUUID(),
          organizationId,
          ownerId: pick(producers),
          customerCode: `CUS-${String(10_000 + index)}`,
          name,
          email: emailOf(name, index),
          phone: phone(),
          company: random() < 0.4 ? pick(vocabulary.companies) : null,
          healthScore,
          churnRisk: Math.max(0, Math.min(100, 100 - healthScore + between(-10, 10))),
          sentiment: healthScore > 70 ? "positive" : healthScore < 35 ? "negative" : "neutral",
          lastContactAt: daysAgo(between(0, 120)),
          nextFollowUpAt: random() < 0.5 ? daysAhead(between(1, 30)) : null,
          tags: random() < 0.3 ? ["vip"] : [],
          createdAt: daysAgo(between(30, 720)),
        };
      });
      await tx.contact.createMany({ data: contacts });

      const policies: Prisma.PolicyCreateManyInput[] = contacts.flatMap((contact, index) =>
        Array.from({ length: between(1, 3) }, (_, nth) => {
          const startDate = daysAgo(between(0, 360));
          const endDate = new Date(startDate.getTime() + 365 * DAY);
          return {
            organizationId,
            contactId: contact.id!,
            ownerId: contact.ownerId,
            policyNumber: `POL-${String(100_000 + index * 3 + nth)}`,
            type: pick(vocabulary.policyTypes),
            carrier: pick(vocabulary.carriers),
            premium: between(40, 600) * 10,
            startDate,
            endDate,
            renewalDate: new Date(endDate.getTime() - 30 * DAY),
            status: random() < 0.88 ? "active" : pick(["pending", "lapsed", "cancelled"] as const),
          };
        }),
      );
      await tx.policy.createMany({ data: policies });

      const statuses = ["new", "contacted", "qualified", "appointment_set", "proposal", "won", "lost"] as const;
      const leads: Prisma.LeadCreateManyInput[] = Array.from({ length: 420 }, (_, index) => {
        const kind = index % 5 === 4 ? ("recruit" as const) : ("client" as const);
        const name = person();
        const status = pick(statuses);
        const createdAt = daysAgo(between(0, 180));
        const lead = {
          id: randomUUID(),
          organizationId,
          ownerId: random() < 0.9 ? pick(producers) : null,
          kind,
          name,
          email: emailOf(name, 1000 + index),
          // Leads keep phones in E.164, the form duplicate checks and the do-not-contact list compare.
          phone: phone().replaceAll("-", ""),
          company: kind === "client" && random() < 0.35 ? pick(vocabulary.companies) : null,
          status,
          source: pick(kind === "client" ? vocabulary.clientLeadSources : vocabulary.recruitLeadSources),
          value: kind === "client" ? between(5, 120) * 100 : null,
          budget: kind === "client" && random() < 0.5 ? between(10, 300) * 100 : null,
          city: pick(vocabulary.cities),
          timeline: pick(vocabulary.timelines),
          preferredChannel: pick(vocabulary.preferredChannels),
          lastInteractionAt: new Date(createdAt.getTime() + between(0, 10) * DAY),
          createdAt,
          tags: [] as string[],
        };
        // Scores (leads.score and every stored score) are packages/ai's formulas, written by
        // packages/api's seed entry (src/seed/cli.ts) right after this: packages/db cannot run them.
        return lead;
      });
      // Two leads asked not to be contacted: listed below and tagged the way an import tags them.
      const optedOut = [leads[7]!, leads[42]!];
      for (const lead of optedOut) lead.tags = ["dnc"];
      await tx.lead.createMany({ data: leads });
      const compliance = users.find((user) => user.role === "compliance")!;
      const dncEntries: Prisma.DncEntryCreateManyInput[] = [
        { channel: "email", value: optedOut[0]!.email!, reason: "Asked by email to stop all contact" },
        { channel: "phone", value: optedOut[1]!.phone!.replace(/\D/g, ""), reason: "Requested no calls or texts" },
        { channel: "email", value: "no-marketing@example.com", reason: "Unsubscribed from every campaign" },
        { channel: "phone", value: "15550100199", reason: "National Do Not Call Registry match" },
        { channel: "phone", value: "15550100142", reason: "Wrong number, not a client" },
        { channel: "email", value: "complaints@example.org", reason: "Complaint filed; legal hold on outreach" },
      ].map((entry) => ({ ...entry, organizationId, addedById: compliance.id }) as Prisma.DncEntryCreateManyInput);
      await tx.dncEntry.createMany({ data: dncEntries });

      const stages = ["prospect", "qualified", "quoted", "negotiation", "closed_won", "closed_lost"] as const;
      const baseline = { prospect: 10, qualified: 25, quoted: 50, negotiation: 75, closed_won: 100, closed_lost: 0 } as const;
      const opportunities: Prisma.OpportunityCreateManyInput[] = Array.from({ length: 190 }, () => {
        const contact = pick(contacts);
        const stage = pick(stages);
        const type = pick(vocabulary.policyTypes);
        const createdAt = daysAgo(between(5, 200));
        return {
          id: randomUUID(),
          organizationId,
          ownerId: contact.ownerId,
          contactId: contact.id,
          title: `${vocabulary.opportunityTitles[type]} — ${contact.name}`,
          value: between(8, 250) * 100,
          stage,
          probability: baseline[stage],
          priority: pick(["low", "medium", "high"] as const),
          expectedCloseDate: daysAhead(between(-20, 90)),
          stageEnteredAt: new Date(createdAt.getTime() + between(0, 4) * DAY),
          lastActivityAt: daysAgo(between(0, 30)),
          closedAt: stage.startsWith("closed") ? daysAgo(between(0, 30)) : null,
          createdAt,
        };
      });
      await tx.opportunity.createMany({ data: opportunities });
      await tx.opportunityStageChange.createMany({
        data: opportunities.map((opportunity) => ({
          organizationId,
          opportunityId: opportunity.id!,
          changedById: opportunity.ownerId,
          fromStage: null,
          toStage: opportunity.stage!,
          probability: opportunity.probability!,
          changedAt: opportunity.stageEnteredAt as Date,
        })),
      });

      const activityTypes = ["note", "call", "email", "meeting", "sms"] as const;
      const activities: Prisma.ActivityCreateManyInput[] = [
        ...leads.flatMap((lead) =>
          Array.from({ length: between(1, 4) }, () => ({
            organizationId,
            actorId: lead.ownerId,
            leadId: lead.id,
            type: pick(activityTypes),
            title: "Lead follow-up",
            description: pick(vocabulary.activityNotes),
            occurredAt: daysAgo(between(0, 60)),
          })),
        ),
        ...contacts.flatMap((contact) =>
          Array.from({ length: between(1, 4) }, () => ({
            organizationId,
            actorId: contact.ownerId,
            contactId: contact.id,
            type: pick(activityTypes),
            title: "Client check-in",
            description: pick(vocabulary.activityNotes),
            sentiment: pick(["positive", "neutral", "negative"] as const),
            occurredAt: daysAgo(between(0, 120)),
          })),
        ),
      ];
      await tx.activity.createMany({ data: activities });

      const tasks: Prisma.TaskCreateManyInput[] = Array.from({ length: 160 }, () => {
        const lead = random() < 0.5 ? pick(leads) : null;
        const contact = lead ? null : pick(contacts);
        const status = pick(["open", "open", "in_progress", "completed"] as const);
        return {
          organizationId,
          assigneeId: (lead ?? contact)?.ownerId ?? pick(producers),
          createdById: pick(producers),
          leadId: lead?.id ?? null,
          contactId: contact?.id ?? null,
          title: pick(vocabulary.taskTitles),
          dueAt: daysAhead(between(-10, 21)),
          priority: pick(["low", "medium", "high"] as const),
          status,
          completedAt: status === "completed" ? daysAgo(between(0, 10)) : null,
        };
      });
      // One task due minutes after seeding, without drawing from the random sequence: on a fresh
      // `npm start` the worker's reminder scan notifies the demo agent of it within its first runs.
      const agent = users.find((user) => user.email === "agent@harbor.local")!;
      tasks.push({
        organizationId,
        assigneeId: agent.id,
        createdById: agent.id,
        contactId: contacts[0]?.id ?? null,
        title: "Call back about the renewal quote",
        dueAt: new Date(now.getTime() + 3 * 60_000),
        priority: "high",
        status: "open",
      });
      await tx.task.createMany({ data: tasks });

      const notifications: Prisma.NotificationCreateManyInput[] = users.flatMap((user) => [
        {
          organizationId,
          userId: user.id,
          type: "system",
          title: "Welcome to Harbor",
          message: "Your demo agency is ready. Explore leads, contacts and the pipeline.",
          priority: "low" as const,
        },
        {
          organizationId,
          userId: user.id,
          type: "task_due",
          title: "Tasks due this week",
          message: "You have follow-ups due in the next few days.",
          expiresAt: daysAhead(7),
        },
      ]);
      await tx.notification.createMany({ data: notifications });

      const serviceDesk = await seedServiceDesk(tx, {
        organizationId,
        now,
        random: mulberry32(20261122),
        authorIds: users.filter((user) => user.role === "admin" || user.role === "manager").map((user) => user.id),
        contacts: contacts.map((contact) => ({ id: contact.id!, ownerId: contact.ownerId ?? null })),
        producers,
      });

      return {
        created: true,
        counts: {
          users: users.length,
          teams: 2,
          contacts: contacts.length,
          policies: policies.length,
          leads: leads.length,
          dncEntries: dncEntries.length,
          opportunities: opportunities.length,
          activities: activities.length,
          tasks: tasks.length,
          notifications: notifications.length,
          ...serviceDesk,
        },
      };
    },
    { timeout: 60_000 },
  );
}
