import { describe, expect, it } from "vitest";
import { normalizeContactPoint, normalizeEmailAddress, normalizePhoneDigits, toE164 } from "./normalize-contact-point";

describe("normalizeEmailAddress", () => {
  it("trims and lower-cases an address", () => {
    expect(normalizeEmailAddress("  Jane.Doe@Example.COM ")).toBe("jane.doe@example.com");
  });

  it.each(["", "jane", "jane@", "jane@example", "ja ne@example.com"])("refuses %j", (value) => {
    expect(normalizeEmailAddress(value)).toBeNull();
  });
});

describe("normalizePhoneDigits", () => {
  it.each([
    ["(555) 123-4567", "15551234567"],
    ["555.123.4567", "15551234567"],
    ["5551234567", "15551234567"],
    ["1-555-123-4567", "15551234567"],
    ["+1 555 123 4567", "15551234567"],
    ["+1-555-123-4567", "15551234567"],
    ["+44 20 7946 0958", "442079460958"],
    ["0044 20 7946 0958", "442079460958"],
  ])("reads %j as %s", (value, digits) => {
    expect(normalizePhoneDigits(value)).toBe(digits);
  });

  it("puts the configured country code in front of a 10-digit number", () => {
    expect(normalizePhoneDigits("55 1234 5678", { defaultCountryCode: "52" })).toBe("525512345678");
  });

  it.each(["", "12345", "555-1234", "1234567890123456", "555-123-4567 ext 12", "call me"])("refuses %j", (value) => {
    expect(normalizePhoneDigits(value)).toBeNull();
  });
});

describe("toE164 and normalizeContactPoint", () => {
  it("stores phones as + and the digits", () => {
    expect(toE164("(555) 123-4567")).toBe("+15551234567");
    expect(toE164("nope")).toBeNull();
  });

  it("normalizes by channel", () => {
    expect(normalizeContactPoint("email", "A@B.CO")).toBe("a@b.co");
    expect(normalizeContactPoint("phone", "+1 (555) 000-1111")).toBe("15550001111");
  });
});
