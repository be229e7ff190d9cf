import { describe, expect, it } from "vitest";
import { checkResponseSafety, luhnValid, maskSensitive } from "./response-safety";

const policy = { blockedTopics: ["crypto investments"], secrets: ["org-provider-key-123456"] };

describe("response safety", () => {
  it("passes an ordinary answer", () => {
    expect(checkResponseSafety("I created the lead for Dana Reyes and set a follow-up task.", policy)).toEqual({ safe: true, reasons: [], topics: [] });
  });

  it("flags the organization's blocked topics, whole words, any case", () => {
    const verdict = checkResponseSafety("You could suggest Crypto Investments to the client.", policy);
    expect(verdict).toMatchObject({ safe: false, reasons: ["blocked_topic"], topics: ["crypto investments"] });
  });

  it("flags echoed secrets: Harbor keys, Google keys and the provider key", () => {
    expect(checkResponseSafety("key: hbr_abcdefghijklmnopqrstuvwxyz0123", policy).reasons).toEqual(["secret"]);
    expect(checkResponseSafety("AIzaSyA1234567890abcdefghijklmnopqrstu", policy).reasons).toEqual(["secret"]);
    expect(checkResponseSafety("your key is org-provider-key-123456", policy).reasons).toEqual(["secret"]);
  });

  it("flags Luhn-valid card numbers and SSNs, not other long numbers", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(checkResponseSafety("Card 4111 1111 1111 1111 on file", policy).reasons).toEqual(["card_number"]);
    expect(checkResponseSafety("Policy number 4111111111111112", policy).safe).toBe(true);
    expect(checkResponseSafety("SSN 123-45-6789", policy).reasons).toEqual(["ssn"]);
    expect(checkResponseSafety("Call 555-123-4567", policy).safe).toBe(true);
  });

  it("masks what it flags for the log", () => {
    const masked = maskSensitive("card 4111-1111-1111-1111, ssn 123-45-6789, key org-provider-key-123456", policy.secrets);
    expect(masked).toBe("card [card ••••1111], ssn [ssn], key [secret]");
  });
});
