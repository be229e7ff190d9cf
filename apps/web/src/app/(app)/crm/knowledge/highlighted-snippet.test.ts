import { describe, expect, it } from "vitest";
import { snippetParts } from "./highlighted-snippet";

describe("snippetParts", () => {
  it("marks the words between ** pairs", () => {
    expect(snippetParts("Filing a **flood** claim after **storms** …")).toEqual([
      { text: "Filing a ", match: false },
      { text: "flood", match: true },
      { text: " claim after ", match: false },
      { text: "storms", match: true },
      { text: " …", match: false },
    ]);
  });

  it("keeps markup-looking text as plain text", () => {
    expect(snippetParts("<b>not html</b>")).toEqual([{ text: "<b>not html</b>", match: false }]);
  });
});
