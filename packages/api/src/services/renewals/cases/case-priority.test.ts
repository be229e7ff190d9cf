import { describe, expect, it } from "vitest";
import { casePriority } from "./case-priority";

describe("casePriority", () => {
  it("is low for a small premium with no known risk", () => {
    expect(casePriority({ premium: 800, renewalRisk: null })).toBe("low");
  });

  it("rises with the premium and the renewal risk together", () => {
    expect(casePriority({ premium: 2_000, renewalRisk: 10 })).toBe("medium");
    expect(casePriority({ premium: 6_000, renewalRisk: 45 })).toBe("high");
    expect(casePriority({ premium: 6_000, renewalRisk: 80 })).toBe("urgent");
    expect(casePriority({ premium: 500, renewalRisk: 75 })).toBe("medium");
  });
});
