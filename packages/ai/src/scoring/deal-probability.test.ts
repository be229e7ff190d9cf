import { describe, expect, it } from "vitest";
import { dealConfidence, dealProbability, type DealProbabilityInput } from "./deal-probability";

const now = new Date("2026-12-04T12:00:00Z");
const quoted: DealProbabilityInput = { stage: "quoted", positiveSignals: [], riskFactors: [], competitor: null, activitiesLast7Days: 0 };

describe("dealProbability", () => {
  it("starts from the stage baseline", () => {
    expect(dealProbability({ ...quoted, stage: "prospect" }, now)).toMatchObject({ score: 10, band: "cold" });
    expect(dealProbability(quoted, now)).toMatchObject({ score: 50, band: "warm" });
    expect(dealProbability({ ...quoted, stage: "negotiation" }, now)).toMatchObject({ score: 75, band: "hot" });
  });

  it("adds signals, subtracts risks and a competitor, each capped at its weight", () => {
    expect(dealProbability({ ...quoted, positiveSignals: ["budget approved"] }, now).score).toBe(55);
    expect(dealProbability({ ...quoted, positiveSignals: ["a", "b", "c", "d", "e"] }, now).score).toBe(65);
    expect(dealProbability({ ...quoted, riskFactors: ["a", "b"] }, now).score).toBe(40);
    expect(dealProbability({ ...quoted, riskFactors: ["a", "b", "c", "d"] }, now).score).toBe(35);
    const rival = dealProbability({ ...quoted, competitor: "Acme Mutual" }, now);
    expect(rival.score).toBe(40);
    expect(rival.factors.find((item) => item.name === "competitor")).toMatchObject({ value: -10, direction: "lowers", explanation: "Competitor mentioned: Acme Mutual." });
    expect(dealProbability({ ...quoted, competitor: "  " }, now).score).toBe(50);
  });

  it("keeps an open deal within 5–95 and a closed one at 0 or 100", () => {
    const low = dealProbability({ ...quoted, stage: "prospect", riskFactors: ["a", "b", "c"], competitor: "X" }, now);
    expect(low.score).toBe(5);
    expect(low.factors.reduce((sum, item) => sum + item.value, 0)).toBe(5);
    expect(dealProbability({ ...quoted, stage: "negotiation", positiveSignals: ["a", "b", "c", "d"] }, now).score).toBe(90);
    expect(dealProbability({ ...quoted, stage: "closed_won", riskFactors: ["a"], competitor: "X" }, now)).toMatchObject({ score: 100, confidence: "high" });
    expect(dealProbability({ ...quoted, stage: "closed_lost", positiveSignals: ["a"] }, now)).toMatchObject({ score: 0, band: "cold" });
  });

  it("is confident with recent activity and signals pointing one way", () => {
    expect(dealConfidence({ positiveSignals: [], riskFactors: [], activitiesLast7Days: 0 })).toBe("low");
    expect(dealConfidence({ positiveSignals: ["a"], riskFactors: ["b"], activitiesLast7Days: 0 })).toBe("low");
    expect(dealConfidence({ positiveSignals: ["a"], riskFactors: [], activitiesLast7Days: 0 })).toBe("medium");
    expect(dealConfidence({ positiveSignals: [], riskFactors: [], activitiesLast7Days: 3 })).toBe("medium");
    expect(dealConfidence({ positiveSignals: ["a"], riskFactors: ["b"], activitiesLast7Days: 2 })).toBe("medium");
    expect(dealConfidence({ positiveSignals: ["a", "b", "c"], riskFactors: ["d"], activitiesLast7Days: 1 })).toBe("high");
    expect(dealConfidence({ positiveSignals: ["a"], riskFactors: ["b"], activitiesLast7Days: 3 })).toBe("high");
  });

  it("is deterministic given now", () => {
    const input = { ...quoted, positiveSignals: ["a"], activitiesLast7Days: 2 };
    expect(dealProbability(input, now)).toEqual(dealProbability(input, new Date(now)));
  });
});
