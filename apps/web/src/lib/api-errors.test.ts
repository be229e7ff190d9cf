import { describe, expect, it } from "vitest";
import { describeApiError, fieldMessage } from "./api-errors";

describe("describeApiError", () => {
  it("returns field errors for the form and a short summary", () => {
    const error = {
      message: "Invalid input: email: must be a valid email address",
      data: { appCode: "VALIDATION_ERROR", fieldErrors: { email: ["must be a valid email address"], name: ["is required"] } },
    };
    expect(describeApiError(error)).toEqual({
      message: "Check the highlighted fields.",
      appCode: "VALIDATION_ERROR",
      fieldErrors: { email: ["must be a valid email address"], name: ["is required"] },
    });
  });

  it("passes a domain error's message through", () => {
    const error = { message: "The organization must keep at least one active admin", data: { appCode: "CONFLICT", fieldErrors: null } };
    expect(describeApiError(error)).toMatchObject({ message: "The organization must keep at least one active admin", appCode: "CONFLICT" });
  });

  it("hides internal errors and explains network failures", () => {
    expect(describeApiError({ message: "boom", data: { appCode: "INTERNAL_ERROR" } }).message).toMatch(/on our side/);
    expect(describeApiError(new TypeError("Failed to fetch")).message).toMatch(/could not be reached/);
    expect(describeApiError(undefined).appCode).toBeNull();
  });

  it("ignores malformed field errors", () => {
    expect(describeApiError({ message: "x", data: { appCode: "CONFLICT", fieldErrors: { email: "nope", name: [1, "is required"] } } }).fieldErrors).toEqual({
      name: ["is required"],
    });
  });
});

describe("fieldMessage", () => {
  it("prefixes the label to a lower-case fragment and keeps full sentences", () => {
    expect(fieldMessage("Email", ["must be a valid email address"])).toBe("Email must be a valid email address");
    expect(fieldMessage("Email", ["An account with this email already exists"])).toBe("An account with this email already exists");
    expect(fieldMessage("Email", ["an email or a phone number is required"])).toBe("An email or a phone number is required");
    expect(fieldMessage("Email", undefined)).toBeUndefined();
  });
});
