import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { handleSurveyRequest } from "../../survey-response-http";
import { SURVEY_RESPONSES_PER_WINDOW } from "../../services/renewals/surveys";
import { callerFor, createTestOrganization, useTestOrganization } from "../../testing";
import { addUser, fieldErrorsOf } from "../../testing/pipeline-fixtures";

const questions = [
  { id: "recommend", type: "nps" as const, text: "How likely are you to recommend us?", required: true },
  { id: "service", type: "rating" as const, text: "Rate our service" },
  { id: "channel", type: "choice" as const, text: "How did you renew?", options: ["Phone", "Email", "Online"] },
  { id: "comments", type: "text" as const, text: "Anything else?" },
];

let ipCounter = 0;
/** Each call a different client address, unless one is given: the rate limit is per IP + token. */
function answer(token: string, answers: unknown, ip = `203.0.113.${++ipCounter % 250}`) {
  return handleSurveyRequest(
    new Request(`http://harbor.test/api/surveys/${token}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      body: JSON.stringify({ answers }),
    }),
  );
}

const tokenOf = (url: string) => url.split("/surveys/")[1]!;

describe("renewals.surveys", () => {
  const org = useTestOrganization();

  it("creates a draft, edits it while a draft, publishes an open link, and edits no more", async () => {
    const manager = callerFor(org.users.manager);
    const survey = await manager.renewals.surveys.create({ title: "Renewal experience", questions });
    expect(survey).toMatchObject({ status: "draft", publicUrl: null, responseCount: 0, questions, createdBy: { id: org.users.manager.userId } });
    const edited = await manager.renewals.surveys.update({ id: survey.id, title: "Your renewal", description: "Two minutes" });
    expect(edited).toMatchObject({ title: "Your renewal", description: "Two minutes" });

    const published = await manager.renewals.surveys.publish({ id: survey.id });
    expect(published.url).toMatch(new RegExp(`/surveys/${published.token}$`));
    expect(await manager.renewals.surveys.publish({ id: survey.id })).toEqual(published);
    expect((await manager.renewals.surveys.get({ id: survey.id })).publicUrl).toBe(published.url);
    await expect(manager.renewals.surveys.update({ id: survey.id, title: "Too late" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Only a draft survey can be edited; this survey is published",
    });
  });

  it("refuses malformed questions naming them: duplicate ids, a choice without options, options elsewhere", async () => {
    const manager = callerFor(org.users.manager);
    const duplicate = await manager.renewals.surveys.create({ title: "Dup", questions: [questions[0]!, { ...questions[1]!, id: "recommend" }] }).catch((error: unknown) => error);
    expect(fieldErrorsOf(duplicate)).toEqual({ "questions.1.id": ["Question id recommend is used twice"] });
    await expect(manager.renewals.surveys.create({ title: "Choice", questions: [{ id: "q", type: "choice", text: "Pick" }] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(manager.renewals.surveys.create({ title: "Rating", questions: [{ id: "q", type: "rating", text: "Rate", options: ["a", "b"] }] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(manager.renewals.surveys.create({ title: "Empty", questions: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("takes answers through the public URL without sign-in, validates them against the questions and reports results with NPS", async () => {
    const manager = callerFor(org.users.manager);
    const survey = await manager.renewals.surveys.create({ title: "NPS", questions });
    const { url } = await manager.renewals.surveys.publish({ id: survey.id });
    const token = tokenOf(url);

    const page = await handleSurveyRequest(new Request(`http://harbor.test/api/surveys/${token}`));
    expect(page.status).toBe(200);
    expect(await page.json()).toEqual({ title: "NPS", description: null, questions });

    for (const answers of [
      { recommend: 10, service: 5, channel: "Online", comments: "Quick and easy" },
      { recommend: 9, service: 4, channel: "Online" },
      { recommend: 8, channel: "Phone" },
      { recommend: 3, service: 1, comments: "Price went up" },
      { recommend: 10 },
    ]) {
      const response = await answer(token, answers);
      expect(response.status).toBe(201);
    }
    const bad = await answer(token, { recommend: 12 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: { code: "VALIDATION_ERROR", message: "Question recommend: must be a whole number from 0 to 10", fieldErrors: { "answers.recommend": ["must be a whole number from 0 to 10"] } },
    });
    expect((await answer(token, { recommend: 5, colour: "red" })).status).toBe(400);
    expect((await answer(token, { service: 3 })).status).toBe(400);

    const results = await callerFor(org.users.compliance).renewals.surveys.results({ id: survey.id });
    expect(results).toMatchObject({ responseCount: 5, nps: { score: 40, promoters: 3, passives: 1, detractors: 1, responses: 5 } });
    const [recommend, service, channel, comments] = results.questions;
    expect(recommend).toMatchObject({ answered: 5, average: 8 });
    expect(recommend!.distribution.filter((bucket) => bucket.count > 0)).toEqual([
      { value: "3", count: 1 },
      { value: "8", count: 1 },
      { value: "9", count: 1 },
      { value: "10", count: 2 },
    ]);
    expect(service).toMatchObject({ answered: 3, average: 3.33, nps: null });
    expect(channel!.distribution).toEqual([
      { value: "Phone", count: 1 },
      { value: "Email", count: 0 },
      { value: "Online", count: 2 },
    ]);
    expect(comments).toMatchObject({ answered: 2, distribution: [] });
    expect(results.responses).toHaveLength(5);
    expect(results.responses[0]!.answers).toEqual({ recommend: 10 });
  });

  it("gives each invited contact one token that answers once, then 404; re-inviting rotates an unanswered token", async () => {
    const manager = callerFor(org.users.manager);
    const contacts = await Promise.all(
      ["Ana", "Ben", "Cy"].map((name) => db.contact.create({ data: { organizationId: org.organizationId, ownerId: org.users.manager.userId, name, email: `${name.toLowerCase()}@example.com` } })),
    );
    await db.dncEntry.create({ data: { organizationId: org.organizationId, channel: "email", value: "cy@example.com" } });
    const survey = await manager.renewals.surveys.create({ title: "Invited", questions });
    await expect(manager.renewals.surveys.invite({ id: survey.id, contactIds: [contacts[0]!.id] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await manager.renewals.surveys.publish({ id: survey.id });

    const sent = await manager.renewals.surveys.invite({ id: survey.id, contactIds: contacts.map((contact) => contact.id) });
    expect(sent.invites.map((invite) => invite.contactId).sort()).toEqual([contacts[0]!.id, contacts[1]!.id].sort());
    expect(sent.skipped).toEqual([{ contactId: contacts[2]!.id, reason: "do_not_contact" }]);
    const ana = sent.invites.find((invite) => invite.contactId === contacts[0]!.id)!;
    expect(ana.url).toMatch(new RegExp(`/surveys/${ana.token}$`));
    expect(await db.surveyInvite.count({ where: { tokenHash: ana.token } })).toBe(0);

    const [first, second] = await Promise.all([answer(ana.token, { recommend: 9 }, "198.51.100.1"), answer(ana.token, { recommend: 2 }, "198.51.100.2")]);
    // Two answers at once: one is taken, the other refused (409 when it got past the lookup, else 404).
    const [taken, refused] = [first.status, second.status].sort((a, b) => a - b);
    expect(taken).toBe(201);
    expect([404, 409]).toContain(refused);
    expect((await answer(ana.token, { recommend: 9 })).status).toBe(404);
    expect(await db.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(1);
    expect((await db.surveyResponse.findFirstOrThrow({ where: { surveyId: survey.id } })).contactId).toBe(contacts[0]!.id);

    const again = await manager.renewals.surveys.invite({ id: survey.id, contactIds: [contacts[0]!.id, contacts[1]!.id] });
    expect(again.skipped).toEqual([{ contactId: contacts[0]!.id, reason: "already_responded" }]);
    const ben = sent.invites.find((invite) => invite.contactId === contacts[1]!.id)!;
    expect((await answer(ben.token, { recommend: 7 })).status).toBe(404);
    expect((await answer(again.invites[0]!.token, { recommend: 7 })).status).toBe(201);
    const results = await manager.renewals.surveys.results({ id: survey.id });
    expect(results).toMatchObject({ invited: 2, invitesAnswered: 2, responseCount: 2 });
    expect(results.responses.map((response) => response.contact?.name).sort()).toEqual(["Ana", "Ben"]);
  });

  it("answers 404 for bad tokens, drafts and closed surveys, on GET and POST", async () => {
    const manager = callerFor(org.users.manager);
    const survey = await manager.renewals.surveys.create({ title: "Closing", questions });
    const { token } = await manager.renewals.surveys.publish({ id: survey.id });
    expect((await answer(token, { recommend: 9 })).status).toBe(201);
    const closed = await manager.renewals.surveys.close({ id: survey.id });
    expect(closed).toMatchObject({ status: "closed", publicUrl: null });
    expect((await answer(token, { recommend: 9 })).status).toBe(404);
    expect((await handleSurveyRequest(new Request(`http://harbor.test/api/surveys/${token}`))).status).toBe(404);
    expect((await answer("x".repeat(32), { recommend: 9 })).status).toBe(404);
    const notFound = await answer("not-a-token", { recommend: 9 });
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ error: { code: "NOT_FOUND", message: "Survey not found" } });
    await expect(manager.renewals.surveys.publish({ id: survey.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const draft = await manager.renewals.surveys.create({ title: "Draft", questions });
    await expect(manager.renewals.surveys.close({ id: draft.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("rate-limits answers per IP and token with 429 and Retry-After, other addresses unaffected", async () => {
    const manager = callerFor(org.users.manager);
    const survey = await manager.renewals.surveys.create({ title: "Limited", questions });
    const { token } = await manager.renewals.surveys.publish({ id: survey.id });
    for (let index = 0; index < SURVEY_RESPONSES_PER_WINDOW; index++) {
      expect((await answer(token, { recommend: 9 }, "192.0.2.7")).status).toBe(201);
    }
    const limited = await answer(token, { recommend: 9 }, "192.0.2.7");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
    expect((await answer(token, { recommend: 9 }, "192.0.2.8")).status).toBe(201);
  });

  it("refuses a malformed or oversized body", async () => {
    const manager = callerFor(org.users.manager);
    const survey = await manager.renewals.surveys.create({ title: "Bodies", questions });
    const { token } = await manager.renewals.surveys.publish({ id: survey.id });
    const post = (body: string) => handleSurveyRequest(new Request(`http://harbor.test/api/surveys/${token}`, { method: "POST", headers: { "x-forwarded-for": "192.0.2.99" }, body }));
    expect((await post("{nope")).status).toBe(400);
    expect((await post(JSON.stringify({ nothing: 1 }))).status).toBe(400);
    expect((await post(JSON.stringify({ answers: { comments: "x".repeat(70_000) } }))).status).toBe(413);
  });

  it("lets only admins and managers manage surveys; compliance reads; agents and viewers neither", async () => {
    const agentOnOtherTeam = await addUser(org, "agent");
    await expect(callerFor(agentOnOtherTeam).renewals.surveys.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.viewer).renewals.surveys.create({ title: "No", questions })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.compliance).renewals.surveys.create({ title: "No", questions })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const list = await callerFor(org.users.compliance).renewals.surveys.list({ status: "closed" });
    expect(list.items.every((survey) => survey.status === "closed")).toBe(true);
    const other = await createTestOrganization();
    const foreign = await callerFor(other.users.admin).renewals.surveys.create({ title: "Theirs", questions });
    await expect(callerFor(org.users.admin).renewals.surveys.get({ id: foreign.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.admin).renewals.surveys.publish({ id: foreign.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
