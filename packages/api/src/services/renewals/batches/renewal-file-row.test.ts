import { describe, expect, it } from "vitest";
import { mappedValues } from "../../crm/leads/import";
import { missingColumns, parseCalendarDate, RENEWAL_TEMPLATE_HEADER, suggestRenewalMapping, validateRenewalRow } from "./renewal-file-row";

const row = (overrides: Record<string, string> = {}) => ({
  policyNumber: "POL-1",
  firstName: "Ada",
  lastName: "Lovelace",
  email: "ada@example.com",
  policyType: "Auto",
  carrier: "Acme",
  premium: "$1,320.00",
  priorPremium: "1200",
  startDate: "2025-07-01",
  endDate: "07/01/2026",
  ...overrides,
});

describe("suggestRenewalMapping", () => {
  it("maps the template's own headers to every field", () => {
    const mapping = suggestRenewalMapping(RENEWAL_TEMPLATE_HEADER);
    expect(Object.values(mapping).every((field) => field !== null)).toBe(true);
    expect(mapping).toMatchObject({ premium: "premium", prior_premium: "priorPremium", agent_email: "agentEmail", email: "email", renewal_date: "renewalDate" });
  });

  it("maps other spellings through the CRM import's rule", () => {
    expect(suggestRenewalMapping(["Policy #", "Insured Name", "E-mail", "Line of Business", "Insurer", "Renewal Premium", "Expiring Premium", "Effective Date", "Expiration Date", "Producer"])).toEqual({
      "Policy #": "policyNumber",
      "Insured Name": "customerName",
      "E-mail": "email",
      "Line of Business": "policyType",
      Insurer: "carrier",
      "Renewal Premium": "premium",
      "Expiring Premium": "priorPremium",
      "Effective Date": "startDate",
      "Expiration Date": "endDate",
      Producer: "agentEmail",
    });
  });

  it("names the columns a file is missing", () => {
    expect(missingColumns(suggestRenewalMapping(["policy_number", "email"]), false)).toEqual(["carrier", "premium", "start_date", "end_date", "customer_first_name / customer_last_name", "policy_type"]);
  });
});

describe("validateRenewalRow", () => {
  it("reads money, US and ISO dates, type labels; the renewal date defaults to the end date", () => {
    expect(validateRenewalRow(row(), null)).toEqual({
      ok: true,
      value: expect.objectContaining({ customerName: "Ada Lovelace", policyType: "auto", premium: 1320, priorPremium: 1200, startDate: "2025-07-01", endDate: "2026-07-01", renewalDate: "2026-07-01", agentEmail: null }) as unknown,
    });
  });

  it("reports every problem of a row by its template column", () => {
    const result = validateRenewalRow(row({ email: "not-an-email", premium: "abc", endDate: "2025-01-01", policyType: "boat" }), null);
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: "email", error: 'must be a valid email address (got "not-an-email")' },
        { field: "policy_type", error: expect.stringContaining('"boat" is not a policy type') as unknown },
        { field: "premium", error: '"abc" is not an amount' },
        { field: "end_date", error: "must be after start_date" },
      ],
    });
  });

  it("takes the upload's policy type when the row has none", () => {
    const { policyType: _none, ...rest } = row();
    expect(validateRenewalRow(rest, "home")).toMatchObject({ ok: true, value: { policyType: "home" } });
    expect(validateRenewalRow(rest, null)).toMatchObject({ ok: false, problems: [{ field: "policy_type", error: "is required" }] });
  });

  it("refuses impossible dates", () => {
    expect(parseCalendarDate("2026-02-30")).toBeNull();
    expect(parseCalendarDate("13/01/2026")).toBeNull();
    expect(mappedValues(["a", "b"], { a: "policyNumber", b: null }, [" P-1 ", "x"])).toEqual({ policyNumber: "P-1" });
  });
});
