import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { createTestOrganization } from "../../../testing";
import { addDncEntry } from "./write-dnc-entry";
import { assertContactable, findDncMatches } from "./check-dnc";

describe("findDncMatches", () => {
  it("matches listed emails and phones in any format, in one organization only", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization("Other");
    const actor = org.users.compliance;
    await addDncEntry({ actor, channel: "email", value: "stop@example.com", reason: "Unsubscribed" });
    await addDncEntry({ actor, channel: "phone", value: "555-222-3333" });

    const matches = await findDncMatches({
      organizationId: org.organizationId,
      emails: ["STOP@example.com", "fine@example.com", null, "garbage"],
      phones: ["+1 (555) 222-3333", "555-999-0000", "12"],
    });
    expect(matches.entries.map((entry) => entry.value).sort()).toEqual(["15552223333", "stop@example.com"]);
    expect(matches.has("email", " Stop@Example.com")).toBe(true);
    expect(matches.has("phone", "5552223333")).toBe(true);
    expect(matches.has("phone", "5559990000")).toBe(false);
    expect(matches.has("email", undefined)).toBe(false);

    const elsewhere = await findDncMatches({ organizationId: other.organizationId, emails: ["stop@example.com"], phones: ["5552223333"] });
    expect(elsewhere.entries).toEqual([]);
  });

  it("asks the database nothing when there is nothing to check", async () => {
    const matches = await findDncMatches({ organizationId: "00000000-0000-0000-0000-000000000000", emails: [], phones: ["not a phone"] });
    expect(matches.entries).toEqual([]);
  });

  it("reads inside the caller's transaction", async () => {
    const org = await createTestOrganization();
    const found = await db.$transaction(async (tx) => {
      await tx.dncEntry.create({ data: { organizationId: org.organizationId, channel: "email", value: "pending@example.com" } });
      return findDncMatches({ organizationId: org.organizationId, emails: ["pending@example.com"], reader: tx });
    });
    expect(found.entries).toHaveLength(1);
  });
});

describe("assertContactable", () => {
  it("passes contactable values and refuses listed ones with FORBIDDEN naming the channel", async () => {
    const org = await createTestOrganization();
    await addDncEntry({ actor: org.users.admin, channel: "phone", value: "+44 20 7946 0958" });
    await expect(assertContactable({ organizationId: org.organizationId, emails: ["ok@example.com"], phones: ["5551230000"] })).resolves.toBeUndefined();
    const refusal = await assertContactable({ organizationId: org.organizationId, phones: ["+442079460958"] }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "FORBIDDEN", details: { fieldErrors: { phone: ["442079460958 is on the do-not-contact list"] } } });
  });
});
