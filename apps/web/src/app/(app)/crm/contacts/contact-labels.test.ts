import { relationshipHealthRules } from "@harbor/api/services/crm/contacts/relationship-health";
import { describe, expect, it } from "vitest";
import { churnTone, healthTone } from "./contact-labels";

const { strongHealthScore, atRisk } = relationshipHealthRules;

describe("score tones", () => {
  it("colours a contact red exactly when the API's at-risk segment holds it", () => {
    expect(healthTone(atRisk.belowHealthScore - 1)).toBe("red");
    expect(healthTone(atRisk.belowHealthScore)).toBe("amber");
    expect(churnTone(atRisk.minChurnRisk)).toBe("red");
    expect(churnTone(atRisk.minChurnRisk - 1)).toBe("amber");
    expect(churnTone(10)).toBe("green");
  });

  it("colours a strong relationship green from the API's threshold", () => {
    expect(healthTone(strongHealthScore - 1)).toBe("amber");
    expect(healthTone(strongHealthScore)).toBe("green");
  });
});
