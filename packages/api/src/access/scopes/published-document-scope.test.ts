import { describe, expect, it } from "vitest";
import { systemActor } from "../actor";
import { testActor } from "../../testing/test-actor";
import { canWriteDocuments, publishedDocumentScope } from "./published-document-scope";

describe("publishedDocumentScope", () => {
  it("shows an agent published documents only", () => {
    expect(publishedDocumentScope(testActor("agent"))).toEqual({ organizationId: "org-1", status: "published" });
    expect(canWriteDocuments(testActor("agent"))).toBe(false);
  });

  it("shows writers drafts and archived documents too", () => {
    expect(publishedDocumentScope(testActor("manager"))).toEqual({ organizationId: "org-1" });
    expect(publishedDocumentScope(systemActor("org-9", "copilot"))).toEqual({ organizationId: "org-9" });
  });
});
