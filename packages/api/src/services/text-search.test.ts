import { describe, expect, it } from "vitest";
import { containsText, escapeLike } from "./text-search";

describe("text search", () => {
  it("takes LIKE's wildcards and escape character literally", () => {
    expect(escapeLike("50% off_now\\x")).toBe("50\\% off\\_now\\\\x");
    expect(escapeLike("plain words")).toBe("plain words");
  });

  it("builds a case-insensitive contains filter on the escaped term", () => {
    expect(containsText("100%")).toEqual({ contains: "100\\%", mode: "insensitive" });
  });
});
