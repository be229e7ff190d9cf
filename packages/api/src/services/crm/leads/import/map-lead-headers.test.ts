import { describe, expect, it } from "vitest";
import { headerWords, suggestLeadMapping } from "./map-lead-headers";

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

  it("falls back to keywords for headers it has no synonym for", () => {
    expect(suggestLeadMapping(["Primary Contact Email", "Mobile Phone Number", "Employer (current)", "Annual Premium", "Agent Notes"])).toEqual({
      "Primary Contact Email": "email",
      "Mobile Phone Number": "phone",
      "Employer (current)": "company",
      "Annual Premium": "value",
      "Agent Notes": "notes",
    });
  });

  it("uses first and last name columns when there is no full name", () => {
    expect(suggestLeadMapping(["First Name", "Last Name", "Email"])).toEqual({ "First Name": "firstName", "Last Name": "lastName", Email: "email" });
    expect(suggestLeadMapping(["First Name", "Last Name", "Agent Name"])).toMatchObject({ "Agent Name": null });
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

  it("splits headers into words", () => {
    expect(headerWords("Phone #")).toEqual(["phone", "number"]);
    expect(headerWords("E-mail Address")).toEqual(["e", "mail", "address"]);
  });
});
