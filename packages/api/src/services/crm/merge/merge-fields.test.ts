import { describe, expect, it } from "vitest";
import { planMerge, planUndo } from "./merge-fields";

const earlier = new Date("2026-01-01T00:00:00Z");
const later = new Date("2026-02-01T00:00:00Z");

describe("planMerge", () => {
  it("keeps the survivor's values unless the loser's is picked, unites tags and keeps the later last contact", () => {
    const survivor = { name: "Sam", email: "sam@example.com", phone: null, tags: ["auto"], lastContactAt: earlier };
    const loser = { name: "Samuel", email: null, phone: "555", tags: ["home", "auto"], lastContactAt: later };
    const plan = planMerge("contact", survivor, loser, { phone: "loser", name: "survivor", email: "survivor" });
    expect(plan.changes).toEqual({ phone: "555", tags: ["auto", "home"], lastContactAt: later });
    expect(plan.survivorBefore).toEqual({
      phone: { before: null, after: "555" },
      tags: { before: ["auto"], after: ["auto", "home"] },
      lastContactAt: { before: earlier.toISOString(), after: later.toISOString() },
    });
  });

  it("writes nothing for a picked value equal to the survivor's, nor for a field it does not merge", () => {
    const plan = planMerge("lead", { name: "A", tags: [], value: 5 }, { name: "A", tags: [], value: 5, score: 99 }, { name: "loser", value: "loser", score: "loser" });
    expect(plan.changes).toEqual({});
  });
});

describe("planUndo", () => {
  it("reverts each field still holding what the merge wrote, and leaves one edited since", () => {
    const revert = planUndo(
      { phone: "555", email: "edited@example.com", lastContactAt: later },
      {
        phone: { before: null, after: "555" },
        email: { before: null, after: "merged@example.com" },
        lastContactAt: { before: earlier.toISOString(), after: later.toISOString() },
      },
    );
    expect(revert).toEqual({ phone: null, lastContactAt: earlier });
  });
});
