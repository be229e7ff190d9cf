import { describe, expect, it } from "vitest";
import { bandFor, bandThresholds, factor, isAtRisk, scoreBand, sumFactors } from "./score-types";

describe("score types", () => {
  it("a factor's direction follows the sign of its rounded value", () => {
    expect(factor("a", 10, 4.6, "").direction).toBe("raises");
    expect(factor("a", 10, -3, "").direction).toBe("lowers");
    expect(factor("a", 10, 0.4, "")).toMatchObject({ value: 0, direction: "neutral" });
    expect(Object.is(factor("a", 10, -0, "").value, 0)).toBe(true);
  });

  it("clamping adds a factor carrying the difference, so factors add up to the score", () => {
    const over = sumFactors(90, [factor("a", 30, 30, "")]);
    expect(over.score).toBe(100);
    expect(over.factors.at(-1)).toMatchObject({ name: "clamped", value: -20, direction: "lowers" });
    expect(90 + over.factors.reduce((sum, item) => sum + item.value, 0)).toBe(100);

    const under = sumFactors(10, [factor("a", 30, -30, "")]);
    expect(under.score).toBe(0);
    expect(under.factors.at(-1)).toMatchObject({ name: "clamped", value: 20 });

    expect(sumFactors(50, [factor("a", 10, 5, "")]).factors).toHaveLength(1);
  });

  it("bands start at their lower bound", () => {
    expect(bandFor(70, bandThresholds.health)).toBe("high");
    expect(bandFor(69, bandThresholds.health)).toBe("medium");
    expect(bandFor(40, bandThresholds.health)).toBe("medium");
    expect(bandFor(39, bandThresholds.health)).toBe("low");
    expect(scoreBand("churn", 60)).toBe("high");
    expect(scoreBand("churn", 59)).toBe("medium");
    expect(scoreBand("churn", 29)).toBe("low");
    expect(scoreBand("lead", 70)).toBe("hot");
    expect(scoreBand("probability", 39)).toBe("cold");
    expect(scoreBand("renewalRisk", 30)).toBe("medium");
  });

  it("at risk is churn 60+ or health below 40", () => {
    expect(isAtRisk({ health: 40, churn: 59 })).toBe(false);
    expect(isAtRisk({ health: 39, churn: 0 })).toBe(true);
    expect(isAtRisk({ health: 90, churn: 60 })).toBe(true);
  });
});
