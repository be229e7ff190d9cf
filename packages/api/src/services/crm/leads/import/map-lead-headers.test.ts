import { mapHeaders, createOfflineProvider } from "@harbor/ai";
import { describe, expect, it } from "vitest";
import { leadMappableFields, settleLeadMappings, suggestLeadMapping, toLeadMapping } from "./map-lead-headers";

describe("suggestLeadMapping", () => {
  it("maps the odd headers spreadsheets come with", () => {
    const headers = ["Full Name", "E-mail Address", "Phone #", "Company Name", "Lead Source", "Est. Value", "Zip"];
    expect(suggestLeadMapping(headers)).toEqual({
      "Full Name": "name",
      "E-mail Address": "email",
      "Phone #": "phone",
      "Company Name": "company",
      "Lead Source": "source",
      "Est. Value": "value",
      Zip: null,
    });
  });

  it("falls back to shared words for headers it has no alias for", () => {
    expect(suggestLeadMapping(["Primary Contact Email", "Mobile Phone Number", "Employer (current)", "Annual Premium", "Agent Notes"])).toEqual({
      "Primary Contact Email": "email",
      "Mobile Phone Number": "phone",
      "Employer (current)": "company",
      "Annual Premium": "value",
      "Agent Notes": "notes",
    });
    expect(suggestLeadMapping(["Contact Email", "Contact Phone", "Name"])).toEqual({ "Contact Email": "email", "Contact Phone": "phone", Name: "name" });
  });

  it("does not take a column for a field over a generic word alone", () => {
    expect(suggestLeadMapping(["Name", "Email", "Mailing Address", "Agent Name"])).toEqual({ Name: "name", Email: "email", "Mailing Address": null, "Agent Name": null });
  });

  it("uses first and last name columns when there is no full name", () => {
    expect(suggestLeadMapping(["First Name", "Last Name", "Email"])).toEqual({ "First Name": "firstName", "Last Name": "lastName", Email: "email" });
    expect(suggestLeadMapping(["First Name", "Last Name", "Lead"])).toMatchObject({ Lead: null });
  });

  it("gives each field to one column only, the first", () => {
    expect(suggestLeadMapping(["Email", "Email (2)", "Work Email"])).toEqual({ Email: "email", "Email (2)": null, "Work Email": null });
  });

  it("reads camelCase and snake_case headers", () => {
    expect(suggestLeadMapping(["fullName", "email_address", "jobTitle", "preferred_contact_method", "tags"])).toEqual({
      fullName: "name",
      email_address: "email",
      jobTitle: "jobTitle",
      preferred_contact_method: "preferredChannel",
      tags: "tags",
    });
  });

  it("prefers the company over the name for a company name column", () => {
    expect(suggestLeadMapping(["Business Name", "Contact Name"])).toEqual({ "Business Name": "company", "Contact Name": "name" });
  });

  it("is what the offline copilot answers for the lead target", async () => {
    const headers = ["Full Name", "E-mail Address", "Cell #", "Company Name", "How did you hear about us", "First Name"];
    const answered = await mapHeaders(createOfflineProvider(), { fields: leadMappableFields, headers });
    expect(toLeadMapping(settleLeadMappings(answered.mappings))).toEqual(suggestLeadMapping(headers));
  });
});
