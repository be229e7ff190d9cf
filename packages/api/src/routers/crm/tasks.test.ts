import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { organizationChannel, userChannel } from "../../realtime";
import { callerFor, createTestOrganization, useTestOrganization } from "../../testing";
import { useRealtimeStandIn } from "../../testing/realtime";
import { addUser, agentWithContact, channelsReached, daysAgo, fieldErrorsOf, isSignal, publishedEvents, useAddedUser } from "../../testing/pipeline-fixtures";

const standIn = useRealtimeStandIn();

const eventsFor = (name: string, taskId: string) => publishedEvents(standIn).filter((event) => event.name === name && event.data.id === taskId);

describe("crm.tasks create and assignment", () => {
  const org = useTestOrganization();
  const southAgent = useAddedUser(org, "agent");

  it("assigns a task to its creator by default, notifies no one, and publishes task:created", async () => {
    const task = await callerFor(org.users.agent).crm.tasks.create({ title: "Prepare renewal quote", priority: "high" });
    expect(task).toMatchObject({ status: "open", priority: "high", assignee: { id: org.users.agent.userId }, createdBy: { id: org.users.agent.userId }, isOverdue: false });
    expect(await db.notification.count({ where: { organizationId: org.organizationId, data: { path: ["taskId"], equals: task.id } } })).toBe(0);
    expect(channelsReached(eventsFor("task:created", task.id))).toEqual([organizationChannel(org.organizationId), userChannel(org.users.agent.userId)].sort());
  });

  it("notifies the assignee when a manager gives them a task, in the database and live", async () => {
    const dueAt = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    const task = await callerFor(org.users.manager).crm.tasks.create({ title: "Call the Hendersons", assigneeId: org.users.agent.userId, dueAt });
    const notifications = await db.notification.findMany({ where: { userId: org.users.agent.userId, type: "task_assigned" } });
    expect(notifications).toEqual([expect.objectContaining({ title: "New task: Call the Hendersons", actionUrl: `/crm/tasks?task=${task.id}`, data: { taskId: task.id } })]);
    expect(notifications[0]!.message).toContain(org.users.manager.name);
    const live = publishedEvents(standIn).find((event) => event.name === "notification:new" && event.data.id === notifications[0]!.id);
    expect(live?.channels).toEqual([userChannel(org.users.agent.userId)]);
    expect(channelsReached(eventsFor("task:created", task.id))).toEqual(
      [organizationChannel(org.organizationId), userChannel(org.users.agent.userId), userChannel(org.users.manager.userId)].sort(),
    );
  });

  it("lets agents assign only to themselves and managers only within their team; admins anyone in the organization", async () => {
    const byAgent = callerFor(org.users.agent).crm.tasks.create({ title: "Yours", assigneeId: southAgent.userId });
    await expect(byAgent).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(fieldErrorsOf(await byAgent.catch((error: unknown) => error))).toHaveProperty("assigneeId");
    await expect(callerFor(org.users.manager).crm.tasks.create({ title: "Other team", assigneeId: southAgent.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await callerFor(org.users.admin).crm.tasks.create({ title: "From the admin", assigneeId: southAgent.userId })).toMatchObject({
      assignee: { id: southAgent.userId },
    });
    const outsider = await createTestOrganization("Elsewhere");
    const stranger = callerFor(org.users.admin).crm.tasks.create({ title: "Stranger", assigneeId: outsider.users.agent.userId });
    await expect(stranger).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(await stranger.catch((error: unknown) => error))).toHaveProperty("assigneeId");
  });

  it("relates a task to one record within reach, answering NOT_FOUND for another agent's", async () => {
    const agent = callerFor(org.users.agent);
    const mine = await agent.crm.contacts.create({ name: "Task Contact" });
    expect(await agent.crm.tasks.create({ title: "Follow up", contactId: mine.id })).toMatchObject({ contact: { id: mine.id, name: "Task Contact" } });
    const theirs = await callerFor(southAgent).crm.contacts.create({ name: "Their Contact" });
    const attempt = agent.crm.tasks.create({ title: "Snoop", contactId: theirs.id });
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(fieldErrorsOf(await attempt.catch((error: unknown) => error))).toHaveProperty("contactId");
    const deal = await agent.crm.opportunities.create({ title: "Deal" });
    await expect(agent.crm.tasks.create({ title: "Two", contactId: mine.id, opportunityId: deal.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("is FORBIDDEN to viewers for every write", async () => {
    const task = await callerFor(org.users.agent).crm.tasks.create({ title: "Viewer target" });
    const viewer = callerFor(org.users.viewer);
    await expect(viewer.crm.tasks.create({ title: "No" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(viewer.crm.tasks.update({ id: task.id, title: "No" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(viewer.crm.tasks.toggleComplete({ id: task.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(viewer.crm.tasks.delete({ id: task.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await viewer.crm.tasks.list({ search: "Viewer target" })).total).toBe(1);
  });
});

describe("crm.tasks update and toggleComplete", () => {
  it("completes and reopens a task, keeping completedAt in step, recording it on the related record and publishing task:updated", async () => {
    const org = await createTestOrganization();
    const { agent, contact } = await agentWithContact(org, { name: "Toggle Tina" });
    const task = await agent.crm.tasks.create({ title: "Send documents", contactId: contact.id });
    const done = await agent.crm.tasks.toggleComplete({ id: task.id });
    expect(done).toMatchObject({ status: "completed", completedAt: expect.any(Date) as unknown });
    expect((await agent.crm.contacts.get({ id: contact.id })).timeline.map((activity) => activity.title)).toEqual(["Task completed: Send documents"]);
    const reopened = await agent.crm.tasks.toggleComplete({ id: task.id });
    expect(reopened).toMatchObject({ status: "open", completedAt: null });
    expect(eventsFor("task:updated", task.id).filter((event) => !isSignal(event)).map((event) => event.data.status)).toEqual(["completed", "open"]);
  });

  it("updates fields, notifies a new assignee, and keeps other agents out with NOT_FOUND", async () => {
    const org = await createTestOrganization();
    const colleague = await addUser(org, "agent", { sameTeam: true });
    const outsider = await addUser(org, "agent");
    const task = await callerFor(org.users.agent).crm.tasks.create({ title: "Draft proposal" });

    await expect(callerFor(outsider).crm.tasks.update({ id: task.id, title: "Mine" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(outsider).crm.tasks.toggleComplete({ id: task.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.agent).crm.tasks.update({ id: task.id, assigneeId: colleague.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const reassigned = await callerFor(org.users.manager).crm.tasks.update({ id: task.id, assigneeId: colleague.userId, priority: "urgent", status: "in_progress" });
    expect(reassigned).toMatchObject({ assignee: { id: colleague.userId }, priority: "urgent", status: "in_progress", completedAt: null });
    expect(await db.notification.count({ where: { userId: colleague.userId, type: "task_assigned" } })).toBe(1);
    expect(channelsReached(eventsFor("task:updated", task.id))).toEqual(expect.arrayContaining([userChannel(colleague.userId), userChannel(org.users.agent.userId), organizationChannel(org.organizationId)]));

    // The creator still sees the task they handed on; the new assignee can complete it.
    expect((await callerFor(org.users.agent).crm.tasks.list({ search: "Draft proposal" })).total).toBe(1);
    // A typed % or _ is a character, not a wildcard.
    expect((await callerFor(org.users.agent).crm.tasks.list({ search: "Draft%proposal" })).total).toBe(0);
    expect((await callerFor(org.users.agent).crm.tasks.list({ search: "Draft_proposal" })).total).toBe(0);
    expect(await callerFor(colleague).crm.tasks.update({ id: task.id, status: "completed" })).toMatchObject({ completedAt: expect.any(Date) as unknown });
  });
});

describe("crm.tasks.delete", () => {
  it("deletes a task in scope (audited, the assignee told) and answers NOT_FOUND outside it", async () => {
    const org = await createTestOrganization();
    const outsider = await addUser(org, "agent");
    const task = await callerFor(org.users.manager).crm.tasks.create({ title: "Obsolete reminder", assigneeId: org.users.agent.userId });
    await expect(callerFor(outsider).crm.tasks.delete({ id: task.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await callerFor(org.users.agent).crm.tasks.delete({ id: task.id })).toEqual({ id: task.id });
    expect(await db.task.count({ where: { id: task.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: task.id, action: "crm.tasks.delete" } })).toBe(1);
    expect(eventsFor("task:updated", task.id).map((event) => event.data.change)).toContain("deleted");
    await expect(callerFor(org.users.agent).crm.tasks.delete({ id: task.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("crm.tasks.list", () => {
  const org = useTestOrganization();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const agent = callerFor(org.users.agent);
    const now = new Date();
    const startOfTodayUtc = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const day = 24 * 60 * 60 * 1000;
    const contact = await agent.crm.contacts.create({ name: "Listed Lee" });
    const make = async (key: string, dueAt: Date | null, extra: Record<string, unknown> = {}) => {
      ids[key] = (await agent.crm.tasks.create({ title: key, dueAt, ...extra })).id;
    };
    await make("overdue", daysAgo(2), { contactId: contact.id });
    await make("today", new Date(startOfTodayUtc + day - 60_000));
    await make("this week", new Date(startOfTodayUtc + 3 * day + 12 * 60 * 60 * 1000));
    await make("later", new Date(startOfTodayUtc + 20 * day));
    await make("undated", null);
    await make("done long ago", daysAgo(3));
    await agent.crm.tasks.toggleComplete({ id: ids["done long ago"]! });
    await callerFor(org.users.manager).crm.tasks.create({ title: "manager's own", dueAt: daysAgo(1) });
  });

  const titles = (page: { items: { title: string }[] }) => page.items.map((item) => item.title);

  it("sorts by due date, soonest first and undated last, across cursor pages", async () => {
    const agent = callerFor(org.users.agent);
    const first = await agent.crm.tasks.list({ limit: 4 });
    const rest = await agent.crm.tasks.list({ limit: 4, cursor: first.nextCursor! });
    expect([...titles(first), ...titles(rest)]).toEqual(["done long ago", "overdue", "today", "this week", "later", "undated"]);
    expect(first.total).toBe(6);
    expect(first.items.find((item) => item.title === "overdue")?.isOverdue).toBe(true);
  });

  it("filters by due window, status, assignee and related record as documented", async () => {
    const agent = callerFor(org.users.agent);
    expect(titles(await agent.crm.tasks.list({ due: "overdue" }))).toEqual(["overdue"]);
    expect(titles(await agent.crm.tasks.list({ due: "today", timeZone: "UTC" }))).toEqual(["today"]);
    expect(titles(await agent.crm.tasks.list({ due: "week" }))).toEqual(["today", "this week"]);
    expect(titles(await agent.crm.tasks.list({ due: "none" }))).toEqual(["undated"]);
    expect(titles(await agent.crm.tasks.list({ status: "completed" }))).toEqual(["done long ago"]);
    expect((await agent.crm.tasks.list({ status: "active" })).total).toBe(5);
    expect(titles(await agent.crm.tasks.list({ contactId: (await db.task.findUniqueOrThrow({ where: { id: ids.overdue! } })).contactId! }))).toEqual(["overdue"]);
    expect((await agent.crm.tasks.list({ assigneeId: "me" })).total).toBe(6);
  });

  it("shows an agent their own tasks, a manager the team's, a viewer the organization's", async () => {
    const agentView = await callerFor(org.users.agent).crm.tasks.list({});
    expect(titles(agentView)).not.toContain("manager's own");
    const managerView = await callerFor(org.users.manager).crm.tasks.list({ due: "overdue" });
    expect(titles(managerView)).toEqual(["overdue", "manager's own"]);
    expect((await callerFor(org.users.manager).crm.tasks.list({ assigneeId: org.users.agent.userId })).total).toBe(6);
    expect((await callerFor(org.users.viewer).crm.tasks.list({})).total).toBe(7);
    const stranger = await addUser(org, "agent");
    expect((await callerFor(stranger).crm.tasks.list({})).total).toBe(0);
  });
});
