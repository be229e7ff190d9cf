import { describe, expect, it } from "vitest";
import { isClosedStage, isOpenStage, opportunityStages, stageLabel, stageProbability } from "./stage-probability";

describe("stage baseline probability", () => {
  it("rises through the open stages and settles at 100 won, 0 lost", () => {
    expect(opportunityStages.map((stage) => [stage, stageProbability(stage)])).toEqual([
      ["prospect", 10],
      ["qualified", 25],
      ["quoted", 50],
      ["negotiation", 75],
      ["closed_won", 100],
      ["closed_lost", 0],
    ]);
  });

  it("treats only closed won and closed lost as closed", () => {
    expect(opportunityStages.filter(isOpenStage)).toEqual(["prospect", "qualified", "quoted", "negotiation"]);
    expect(opportunityStages.filter(isClosedStage)).toEqual(["closed_won", "closed_lost"]);
    expect(stageLabel("closed_won")).toBe("Closed won");
  });
});
