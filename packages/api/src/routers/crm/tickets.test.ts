import { createDatabase, db } from "@harbor/db";
import { afterEach, describe, expect, it } from "vitest";
import type { UserActor } from "../../access/actor";
import { withNextTicketNumber } from "../../services/crm/tickets/ticket-number";
import { callerFor, createTestOrganization, lastMailTo, startLoopbackSmtp, useTestOrganization, type LoopbackSmtp, type TestOrganization } from "../../testing";
import { replyToTicket } from "../../services/crm/tickets";
import { useRealtimeStandIn } from "../../testing/realtime";
import { addUser, fieldErrorsOf, isSignal, publishedEvents, useAddedUser } from "../../testing/pipeline-fixtures";

const contactOwnedBy = (org: TestOrganization, owner: UserActor, name: string) =>
  db.contact.create({ data: { organizationId: org.organizationId, ownerId: owner.userId, name, email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.com` } });

describe("crm.tickets", () => {
  const standIn = useRealtimeStandIn();
  const org = useTestOrganization();
  const south = useAddedUser(org, "agent");

  it("numbers tickets per organization without gaps or collisions under concurrent creates, across processes", async () => {
    const fresh = await createTestOrganization();
    const other = await createTestOrganization("Other Agency");
    // A second client plays a second server process: it has its own in-memory queue and pool.
    const otherProcess = createDatabase({ databaseUrl: process.env.DATABASE_URL!, maxConnections: 3 });
    try {
      const creates = Array.from({ length: 12 }, (_, index) =>
        callerFor(index % 2 ? fresh.users.agent : fresh.users.manager).crm.tickets.create({ subject: `Concurrent ${index}`, body: "Hello" }),
      );
      const fromOtherProcess = Array.from({ length: 6 }, (_, index) =>
        withNextTicketNumber(
          fresh.organizationId,
          (tx, number) => tx.ticket.create({ data: { organizationId: fresh.organizationId, number, subject: `Other process ${index}` }, select: { number: true } }),
          otherProcess,
        ),
      );
      const elsewhere = callerFor(other.users.agent).crm.tickets.create({ subject: "Elsewhere", body: "Hi" });
      const tickets = await Promise.all([...creates, ...fromOtherProcess]);
      expect(tickets.map((ticket) => ticket.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 18 }, (_, index) => 1001 + index));
      expect((await elsewhere).number).toBe(1001);
    } finally {
      await otherProcess.$disconnect();
    }
  });

  it("creates a ticket with its first message and keeps replies and internal notes in order, newest last", async () => {
    const contact = await contactOwnedBy(org, org.users.agent, "Nora Claimant");
    const agent = callerFor(org.users.agent);
    const ticket = await agent.crm.tickets.create({
      subject: "Windshield claim status",
      body: "Client asks where the glass claim stands.",
      contactId: contact.id,
      priority: "high",
      category: "claims",
    });
    expect(ticket).toMatchObject({ subject: "Windshield claim status", status: "open", priority: "high", category: "claims", contact: { id: contact.id } });
    expect(ticket.lastMessageAt).toBeInstanceOf(Date);

    const note = await agent.crm.tickets.reply({ id: ticket.id, body: "Adjuster is out until Monday.", internal: true });
    expect(note).toMatchObject({ internal: true, author: { id: org.users.agent.userId } });
    const reply = await agent.crm.tickets.reply({ id: ticket.id, body: "We expect an update Monday." });
    expect(reply.internal).toBe(false);

    const detail = await callerFor(org.users.manager).crm.tickets.get({ id: ticket.id });
    expect(detail.messages.map((message) => [message.body, message.internal])).toEqual([
      ["Client asks where the glass claim stands.", false],
      ["Adjuster is out until Monday.", true],
      ["We expect an update Monday.", false],
    ]);
    expect(detail.lastMessageAt!.getTime()).toBeGreaterThanOrEqual(reply.createdAt.getTime());
    expect(detail.createdBy).toEqual({ id: org.users.agent.userId, name: org.users.agent.name });
  });

  it("keeps another team's ticket from an agent: NOT_FOUND to get, reply and update, and absent from lists", async () => {
    const theirs = await callerFor(south).crm.tickets.create({ subject: "South office billing question", body: "Private" });
    const agent = callerFor(org.users.agent);
    await expect(agent.crm.tickets.get({ id: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(agent.crm.tickets.reply({ id: theirs.id, body: "Peek", internal: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(agent.crm.tickets.update({ id: theirs.id, status: "closed" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await agent.crm.tickets.list({ search: "South office" })).total).toBe(0);
    await expect(callerFor(org.users.manager).crm.tickets.get({ id: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await callerFor(org.users.viewer).crm.tickets.get({ id: theirs.id })).toMatchObject({ id: theirs.id });
  });

  it("shows an agent the tickets on contacts they own and those assigned to them, and a manager the team's", async () => {
    const admin = callerFor(org.users.admin);
    const contact = await contactOwnedBy(org, org.users.agent, "Owen Policyholder");
    const onContact = await admin.crm.tickets.create({ subject: "Address change for Owen", body: "Moved", contactId: contact.id });
    const assigned = await admin.crm.tickets.create({ subject: "Assigned renewal question", body: "Renewal", assigneeId: org.users.agent.userId });
    const headOffice = await addUser(org, "admin");
    const unrelated = await callerFor(headOffice).crm.tickets.create({ subject: "Unrelated triage item", body: "Nobody yet" });

    const agent = callerFor(org.users.agent);
    expect(await agent.crm.tickets.get({ id: onContact.id })).toMatchObject({ id: onContact.id });
    expect(await agent.crm.tickets.get({ id: assigned.id })).toMatchObject({ id: assigned.id });
    await expect(agent.crm.tickets.get({ id: unrelated.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const managerView = await callerFor(org.users.manager).crm.tickets.list({ limit: 200 });
    const ids = managerView.items.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([onContact.id, assigned.id]));
    expect(ids).not.toContain(unrelated.id);
  });

  it("filters, searches by subject or number, and pages", async () => {
    const fresh = await createTestOrganization();
    const admin = callerFor(fresh.users.admin);
    const contact = await contactOwnedBy(fresh, fresh.users.agent, "Paula Filter");
    const first = await admin.crm.tickets.create({ subject: "Cancel umbrella policy", body: "x", priority: "low", contactId: contact.id });
    const second = await admin.crm.tickets.create({ subject: "Billing dispute", body: "x", priority: "urgent", assigneeId: fresh.users.agent.userId });
    const third = await admin.crm.tickets.create({ subject: "Billing address", body: "x", priority: "urgent" });
    await admin.crm.tickets.update({ id: third.id, status: "pending" });

    const ids = async (input: Parameters<typeof admin.crm.tickets.list>[0]) => (await admin.crm.tickets.list(input)).items.map((item) => item.id);
    expect(await ids({ priority: "urgent", sort: "number" })).toEqual([third.id, second.id]);
    expect(await ids({ status: "pending" })).toEqual([third.id]);
    expect(await ids({ assigneeId: fresh.users.agent.userId })).toEqual([second.id]);
    expect((await ids({ assigneeId: null })).sort()).toEqual([first.id, third.id].sort());
    expect(await ids({ contactId: contact.id })).toEqual([first.id]);
    expect((await ids({ search: "billing" })).sort()).toEqual([second.id, third.id].sort());
    expect(await ids({ search: `TCK-${first.number}` })).toEqual([first.id]);

    const page = await admin.crm.tickets.list({ limit: 2, sort: "number" });
    expect(page).toMatchObject({ total: 3, nextCursor: expect.any(String) as unknown });
    const rest = await admin.crm.tickets.list({ limit: 2, sort: "number", cursor: page.nextCursor! });
    expect([...page.items, ...rest.items].map((item) => item.id)).toEqual([third.id, second.id, first.id]);
    expect(rest.nextCursor).toBeNull();

    await admin.crm.tickets.reply({ id: first.id, body: "Following up" });
    expect(await ids({ sort: "updatedAt" })).toEqual([first.id, third.id, second.id]);
    const recent = await admin.crm.tickets.list({ limit: 1, sort: "updatedAt" });
    expect((await admin.crm.tickets.list({ limit: 5, sort: "updatedAt", cursor: recent.nextCursor! })).items.map((item) => item.id)).toEqual([third.id, second.id]);
  });

  it("sets resolvedAt on resolve, clears it on reopen, and tells the assignee when someone else changes their ticket", async () => {
    const manager = callerFor(org.users.manager);
    const ticket = await manager.crm.tickets.create({ subject: "Proof of insurance request", body: "Needs COI", assigneeId: org.users.agent.userId });
    const assignedNotice = await db.notification.findFirst({ where: { userId: org.users.agent.userId, data: { path: ["ticketId"], equals: ticket.id } } });
    expect(assignedNotice).toMatchObject({ type: "ticket", title: `TCK-${ticket.number}: assigned to you` });

    const resolved = await manager.crm.tickets.update({ id: ticket.id, status: "resolved", priority: "high" });
    expect(resolved).toMatchObject({ status: "resolved", priority: "high", resolvedAt: expect.any(Date) as unknown });
    const notices = await db.notification.findMany({ where: { userId: org.users.agent.userId, data: { path: ["ticketId"], equals: ticket.id } }, orderBy: { createdAt: "asc" } });
    expect(notices.at(-1)).toMatchObject({ title: `TCK-${ticket.number}: updated`, message: expect.stringContaining("status open → resolved") as unknown });

    const before = await db.notification.count({ where: { userId: org.users.agent.userId } });
    const reopened = await callerFor(org.users.agent).crm.tickets.update({ id: ticket.id, status: "open" });
    expect(reopened.resolvedAt).toBeNull();
    expect(await db.notification.count({ where: { userId: org.users.agent.userId } })).toBe(before);

    const events = publishedEvents(standIn).filter((event) => event.name === "ticket:updated" && event.data.id === ticket.id && !isSignal(event));
    expect(events.map((event) => event.data.change)).toEqual(["created", "updated", "updated"]);
    expect(events[1]!.channels).toEqual(expect.arrayContaining([`private-user-${org.users.agent.userId}`]));
    expect(events[1]!.data).toMatchObject({ status: "resolved", priority: "high" });
    const signals = publishedEvents(standIn).filter((event) => event.name === "ticket:updated" && event.data.id === ticket.id && isSignal(event));
    expect(signals.map((event) => event.data)).toEqual(["created", "updated", "updated"].map((change) => ({ entityType: "ticket", id: ticket.id, change })));
  });

  it("reassigns within the rules: a manager to a teammate (who is told), an agent only to themselves", async () => {
    const manager = callerFor(org.users.manager);
    const ticket = await manager.crm.tickets.create({ subject: "Reassign me", body: "x", assigneeId: org.users.manager.userId });
    const teammate = await addUser(org, "agent", { sameTeam: true });
    const updated = await manager.crm.tickets.update({ id: ticket.id, assigneeId: teammate.userId });
    expect(updated.assignee).toEqual({ id: teammate.userId, name: teammate.name });
    expect(await db.notification.count({ where: { userId: teammate.userId, title: `TCK-${ticket.number}: assigned to you` } })).toBe(1);
    await expect(manager.crm.tickets.update({ id: ticket.id, assigneeId: south.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const own = await callerFor(org.users.agent).crm.tickets.create({ subject: "Mine", body: "x" });
    const refused = await callerFor(org.users.agent).crm.tickets.update({ id: own.id, assigneeId: teammate.userId }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "FORBIDDEN" });
    expect(fieldErrorsOf(refused)).toHaveProperty("assigneeId");
  });

  it("refuses a contact the creator cannot see", async () => {
    const hidden = await contactOwnedBy(org, south, "Hidden Contact");
    const error = await callerFor(org.users.agent).crm.tickets.create({ subject: "x", body: "y", contactId: hidden.id }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(error)).toHaveProperty("contactId");
  });

  it.each(["viewer", "compliance"] as const)("lets a %s read tickets but not write them", async (role) => {
    const ticket = await callerFor(org.users.admin).crm.tickets.create({ subject: "Read only check", body: "x" });
    const caller = callerFor(org.users[role]);
    expect(await caller.crm.tickets.get({ id: ticket.id })).toMatchObject({ id: ticket.id });
    await expect(caller.crm.tickets.create({ subject: "x", body: "y" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.crm.tickets.reply({ id: ticket.id, body: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.crm.tickets.update({ id: ticket.id, status: "closed" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("crm.tickets.reply by email", () => {
  const org = useTestOrganization();
  let smtp: LoopbackSmtp | undefined;

  afterEach(async () => {
    await smtp?.stop();
    smtp = undefined;
  });

  const ticketFor = async (contact: { id: string } | null, subject = "Roof claim") =>
    callerFor(org.users.agent).crm.tickets.create({ subject, body: "Opened", ...(contact ? { contactId: contact.id } : {}) });
  const repliesOf = (ticketId: string) => db.ticketMessage.count({ where: { ticketId } });
  const mailsTo = (to: string) => db.mailOutbox.count({ where: { to } });

  it("emails a reply to the ticket's client with the ticket number in the subject, and shows its delivery", async () => {
    const contact = await contactOwnedBy(org, org.users.agent, "Rita Reply");
    const ticket = await ticketFor(contact, "Hail damage");
    const reply = await callerFor(org.users.agent).crm.tickets.reply({ id: ticket.id, body: "Your adjuster visits on Monday." });

    const mail = await lastMailTo("rita.reply@example.com", "ticket_reply");
    expect(mail).toMatchObject({ organizationId: org.organizationId, subject: `[TCK-${ticket.number}] Hail damage`, body: "Your adjuster visits on Monday.", status: "sent" });
    expect(reply.delivery).toEqual({ status: "sent", to: "rita.reply@example.com", sentAt: mail.sentAt, error: null });
    expect(await db.ticketMessage.findUniqueOrThrow({ where: { id: reply.id }, select: { mailId: true } })).toEqual({ mailId: mail.id });
    const detail = await callerFor(org.users.manager).crm.tickets.get({ id: ticket.id });
    expect(detail.messages.map((message) => message.delivery?.to ?? null)).toEqual([null, "rita.reply@example.com"]);
  });

  it("sends nothing for an internal note", async () => {
    const contact = await contactOwnedBy(org, org.users.agent, "Nate Note");
    const ticket = await ticketFor(contact);
    const note = await callerFor(org.users.agent).crm.tickets.reply({ id: ticket.id, body: "Adjuster is slow", internal: true });
    expect(note.delivery).toBeNull();
    expect(await mailsTo("nate.note@example.com")).toBe(0);
  });

  it("refuses a reply to a client on the do-not-contact list, writing nothing and suggesting an internal note", async () => {
    const contact = await contactOwnedBy(org, org.users.agent, "Dana Blocked");
    const ticket = await ticketFor(contact);
    await callerFor(org.users.admin).crm.dnc.add({ channel: "email", value: "DANA.BLOCKED@example.com", reason: "Asked to stop" });
    const before = await db.auditLog.count({ where: { organizationId: org.organizationId } });

    const error = await callerFor(org.users.agent).crm.tickets.reply({ id: ticket.id, body: "Hello?" }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("do-not-contact") as unknown });
    expect((error as Error).message).toContain("internal note");
    expect(fieldErrorsOf(error)?.internal?.[0]).toContain("internal note");
    expect(await repliesOf(ticket.id)).toBe(1);
    expect(await mailsTo("dana.blocked@example.com")).toBe(0);
    expect(await db.auditLog.count({ where: { organizationId: org.organizationId } })).toBe(before);

    // The team can still write it down.
    await expect(callerFor(org.users.agent).crm.tickets.reply({ id: ticket.id, body: "Called instead", internal: true })).resolves.toMatchObject({ internal: true });
  });

  it("refuses a reply when the client has no email address, or the ticket has no client", async () => {
    const contact = await db.contact.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, name: "Paula Phoneonly", phone: "+15550001111" } });
    const ticket = await ticketFor(contact);
    const error = await callerFor(org.users.agent).crm.tickets.reply({ id: ticket.id, body: "Hello" }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Paula Phoneonly has no email address") as unknown });
    expect(fieldErrorsOf(error)).toHaveProperty("internal");
    expect(await repliesOf(ticket.id)).toBe(1);

    const orphan = await ticketFor(null);
    await expect(callerFor(org.users.agent).crm.tickets.reply({ id: orphan.id, body: "Hello" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("no client") as unknown });
    expect(await repliesOf(orphan.id)).toBe(1);
  });

  it("keeps the reply and shows the failed delivery when SMTP refuses the mail", async () => {
    smtp = await startLoopbackSmtp();
    smtp.refuseWith("Mailbox unavailable");
    const contact = await contactOwnedBy(org, org.users.agent, "Sam Bounce");
    const ticket = await ticketFor(contact);
    const reply = await callerFor(org.users.agent).crm.tickets.reply({ id: ticket.id, body: "Update inside" });
    expect(reply.delivery).toMatchObject({ status: "failed", to: "sam.bounce@example.com", sentAt: null, error: expect.stringContaining("Mailbox unavailable") as unknown });
    const detail = await callerFor(org.users.agent).crm.tickets.get({ id: ticket.id });
    expect(detail.messages.at(-1)).toMatchObject({ body: "Update inside", delivery: { status: "failed" } });
  });

  it("delivers through SMTP when configured", async () => {
    smtp = await startLoopbackSmtp();
    const contact = await contactOwnedBy(org, org.users.agent, "Sue Smtp");
    const ticket = await ticketFor(contact, "Billing question");
    const reply = await replyToTicket({ actor: org.users.agent, id: ticket.id, body: "Refund issued", internal: false });
    expect(reply.delivery).toMatchObject({ status: "sent", to: "sue.smtp@example.com" });
    expect(smtp.received.map((mail) => mail.to)).toEqual([["sue.smtp@example.com"]]);
    expect(smtp.received[0]?.raw).toContain(`[TCK-${ticket.number}] Billing question`);
  });
});
