import { describe, expect, it } from "vitest";
import { churnTone, healthTone } from "./contact-labels";

describe("score tones", () => {
  it("colours a health score below 40 and a churn risk of 60 or more red, like the at-risk filter", () => {
    expect(healthTone(39)).toBe("red");
    expect(healthTone(40)).toBe("amber");
    expect(healthTone(70)).toBe("green");
    expect(churnTone(60)).toBe("red");
    expect(churnTone(59)).toBe("amber");
    expect(churnTone(10)).toBe("green");
  });
});

