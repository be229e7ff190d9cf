import { describe, expect, it } from "vitest";
import { matchReasonsOf } from "./match-reasons";

const born = new Date("1980-04-02T00:00:00Z");

describe("matchReasonsOf", () => {
  it("matches an email whatever its case", () => {
    expect(matchReasonsOf({ email: "Ana@Example.com" }, { email: "ana@example.com " })).toEqual(["email"]);
  });

  it("matches a phone by its last ten digits whatever its format", () => {
    expect(matchReasonsOf({ phone: "+1 (555) 404-5050" }, { phone: "5554045050" })).toEqual(["phone"]);
    expect(matchReasonsOf({ phone: "555" }, { phone: "555" })).toEqual([]);
  });

  it("matches a name only together with the same date of birth", () => {
    expect(matchReasonsOf({ name: "Ana  Lima", dateOfBirth: born }, { name: "ana lima", dateOfBirth: new Date(born) })).toEqual(["nameAndDateOfBirth"]);
    expect(matchReasonsOf({ name: "Ana Lima", dateOfBirth: born }, { name: "Ana Lima", dateOfBirth: null })).toEqual([]);
    expect(matchReasonsOf({ name: "Ana Lima" }, { name: "Ana Lima" })).toEqual([]);
  });

  it("lists every reason that holds and none for empty keys", () => {
    expect(matchReasonsOf({ email: "a@b.co", phone: "5554045050" }, { email: "A@b.co", phone: "+15554045050" })).toEqual(["email", "phone"]);
    expect(matchReasonsOf({ email: null, phone: "" }, { email: null, phone: "" })).toEqual([]);
  });
});
