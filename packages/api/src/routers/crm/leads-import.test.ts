import { db } from "@harbor/db";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { callerFor, createTestOrganization } from "../../testing";
import { applyQueuedLeadImport } from "../../testing/lead-imports";
import { useRealtimeStandIn } from "../../testing/realtime";
import { addUser, fieldErrorsOf, publishedEvents } from "../../testing/pipeline-fixtures";

const standIn = useRealtimeStandIn();

const ODD_HEADERS = ["Full Name", "E-mail Address", "Phone #", "Company Name", "Lead Source", "Est. Value", "Zip"];
const quote = (cell: string) => (/[",;\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const csv = (rows: string[][], delimiter = ",") => rows.map((row) => row.map(quote).join(delimiter)).join("\r\n") + "\r\n";

function personRow(index: number, tag: string): string[] {
  return [
    `Person ${tag} ${index}`,
    `person.${tag}.${index}@example.com`,
    `(555) ${String(100 + (index % 900)).padStart(3, "0")}-${String(index).padStart(4, "0")}`,
    index % 3 === 0 ? `Company, ${index} & Sons` : "",
    ["Referral", "Website", "Facebook Ad"][index % 3]!,
    index % 2 === 0 ? `$${(index * 150).toLocaleString("en-US")}` : "",
    "78701",
  ];
}

/** 202 data rows: 200 distinct people, row 50 (spreadsheet row 51) broken, the last row repeating row 2's person. */
function oddCsv(tag: string) {
  const rows = Array.from({ length: 201 }, (_, index) => personRow(index + 1, tag));
  rows[49] = ["Broken Row", "not-an-email", "", "", "", "", ""];
  rows.push([...personRow(1, tag)]);
  rows[201]![1] = rows[201]![1]!.toUpperCase();
  return "\uFEFF" + csv([ODD_HEADERS, ...rows]);
}

describe("crm.leads.import with odd headers", () => {
  it("previews a sensible mapping, the first rows, the row count and the bad row by its number", async () => {
    const org = await createTestOrganization();
    const preview = await callerFor(org.users.agent).crm.leads.import.preview({ filename: "leads.csv", content: oddCsv("p"), kind: "client" });
    expect(preview.headers).toEqual(ODD_HEADERS);
    expect(preview.mapping).toEqual({
      "Full Name": "name",
      "E-mail Address": "email",
      "Phone #": "phone",
      "Company Name": "company",
      "Lead Source": "source",
      "Est. Value": "value",
      Zip: null,
    });
    expect(preview.totalRows).toBe(202);
    expect(preview.sampleRows).toHaveLength(10);
    expect(preview.sampleRows[0]).toEqual({
      row: 2,
      cells: expect.arrayContaining(["Person p 1", "person.p.1@example.com"]) as unknown,
      values: { name: "Person p 1", email: "person.p.1@example.com", phone: "(555) 101-0001", source: "Website" },
    });
    expect(preview.sampleRows[2]!.values).toMatchObject({ company: "Company, 3 & Sons" });
    expect(preview.problems).toEqual([{ row: 51, message: expect.stringContaining("email") as unknown }]);
    expect(await db.lead.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  it("commits 200 leads, reports the bad row by number and does not double the duplicate", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const content = oddCsv("c");
    const { mapping } = await agent.crm.leads.import.preview({ filename: "leads.csv", content, kind: "client" });
    standIn.requests.length = 0;
    const result = await agent.crm.leads.import.commit({ filename: "leads.csv", content, kind: "client", mapping });
    expect(result).toEqual({
      status: "completed",
      importId: expect.any(String) as unknown,
      created: 200,
      updated: 0,
      skipped: 1,
      errors: [{ row: 51, message: expect.stringContaining("email") as unknown }],
      errorCount: 1,
      errorsByReason: { email: 1 },
      flaggedDnc: [],
    });

    const leads = await db.lead.findMany({ where: { organizationId: org.organizationId } });
    expect(leads).toHaveLength(200);
    expect(leads.filter((lead) => lead.email === "person.c.1@example.com")).toHaveLength(1);
    expect(leads.every((lead) => lead.ownerId === org.users.agent.userId && lead.kind === "client" && lead.status === "new")).toBe(true);
    const third = leads.find((lead) => lead.name === "Person c 3")!;
    expect(third).toMatchObject({ company: "Company, 3 & Sons", phone: "+15551030003", source: "Referral" });
    expect(Number(leads.find((lead) => lead.name === "Person c 4")!.value)).toBe(600);
    // packages/ai's leadScore: email 6, phone 6, value 600 → 5, Website → 10
    expect(leads.find((lead) => lead.name === "Person c 4")!.score).toBe(27);

    const imported = publishedEvents(standIn).filter((event) => event.name === "lead:updated");
    expect(imported).toHaveLength(1);
    // Many leads at once: no one record to check who may see it, so the organization's signal only.
    expect(imported[0]).toEqual({ name: "lead:updated", channels: [`private-org-${org.organizationId}`], data: { entityType: "lead", id: null, change: "imported" } });
  });
});

describe("crm.leads.import.commit", () => {
  const headers = ["Name", "Email", "Phone", "Company", "Notes"];

  it("fills the empty fields of an existing lead matched by email or phone, or skips it when asked", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const byEmail = await agent.crm.leads.create({ kind: "client", name: "Existing Email", email: "existing@example.com" });
    const byPhone = await agent.crm.leads.create({ kind: "client", name: "Existing Phone", phone: "555-600-7000", company: "Kept Co" });
    const content = csv([
      headers,
      ["Someone Else", "EXISTING@example.com", "", "Filled Co", "New note"],
      ["Phone Match", "phone.match@example.com", "+1 555 600 7000", "Ignored Co", ""],
      ["Brand New", "brand.new@example.com", "", "", ""],
    ]);
    const mapping = { Name: "name", Email: "email", Phone: "phone", Company: "company", Notes: "notes" } as const;

    const skipped = await agent.crm.leads.import.commit({ filename: "a.csv", content, kind: "client", mapping, onDuplicate: "skip" });
    expect(skipped).toMatchObject({ created: 1, updated: 0, skipped: 2 });
    expect(await db.lead.findUniqueOrThrow({ where: { id: byEmail.id } })).toMatchObject({ company: null });

    const updated = await agent.crm.leads.import.commit({ filename: "a.csv", content, kind: "client", mapping });
    expect(updated).toMatchObject({ created: 0, updated: 2, skipped: 1, errors: [] });
    const emailLead = await db.lead.findUniqueOrThrow({ where: { id: byEmail.id } });
    expect(emailLead).toMatchObject({ name: "Existing Email", company: "Filled Co", notes: "New note" });
    expect(emailLead.score).toBeGreaterThan(byEmail.score);
    expect(await db.lead.findUniqueOrThrow({ where: { id: byPhone.id } })).toMatchObject({ company: "Kept Co", email: "phone.match@example.com" });
    expect(await db.lead.count({ where: { organizationId: org.organizationId } })).toBe(3);
  });

  it("uses the suggested mapping when none is given", async () => {
    const org = await createTestOrganization();
    const result = await callerFor(org.users.agent).crm.leads.import.commit({
      filename: "plain.csv",
      content: csv([["Full Name", "E-mail Address"], ["Pat Plain", "pat@example.com"]]),
      kind: "client",
    });
    expect(result).toMatchObject({ created: 1, errors: [] });
    expect(await db.lead.findFirst({ where: { organizationId: org.organizationId } })).toMatchObject({ name: "Pat Plain", email: "pat@example.com" });
  });

  it("never touches a duplicate the importer cannot see", async () => {
    const org = await createTestOrganization();
    const teammate = await addUser(org, "agent", { sameTeam: true });
    const theirs = await callerFor(teammate).crm.leads.create({ kind: "client", name: "Theirs", email: "theirs@example.com" });
    const result = await callerFor(org.users.agent).crm.leads.import.commit({
      filename: "b.csv",
      content: csv([["Name", "Email", "Company"], ["Mine Now", "theirs@example.com", "Sneaky Co"]]),
      kind: "client",
      mapping: { Name: "name", Email: "email", Company: "company" },
    });
    expect(result).toMatchObject({ created: 0, updated: 0, skipped: 1 });
    expect(await db.lead.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ company: null, ownerId: teammate.userId });
  });

  it("imports rows on the do-not-contact list but tags and flags them", async () => {
    const org = await createTestOrganization();
    await callerFor(org.users.compliance).crm.dnc.add({ channel: "phone", value: "555-123-0000", reason: "Asked not to be called" });
    const result = await callerFor(org.users.manager).crm.leads.import.commit({
      filename: "c.csv",
      content: csv([["Name", "Phone"], ["Fine Person", "555-123-1111"], ["Do Not Call", "(555) 123-0000"]]),
      kind: "client",
      mapping: { Name: "name", Phone: "phone" },
    });
    expect(result).toMatchObject({ created: 2, flaggedDnc: [{ row: 3, value: "+15551230000" }] });
    const flagged = await db.lead.findFirstOrThrow({ where: { organizationId: org.organizationId, name: "Do Not Call" } });
    expect(flagged.tags).toContain("dnc");
  });

  it("reads semicolon-separated files with quoted delimiters and line breaks, numbering rows like a spreadsheet", async () => {
    const org = await createTestOrganization();
    const content = csv(
      [
        ["Nom complet", "Courriel", "Notes", "Statut", "Valeur"],
        ["Zoé Martin", "zoe@example.com", "Line one\nline two; with a semicolon", "Qualified", "1.200,50"],
        ["", "", "", "", ""],
        ["Missing Email", "", "", "", ""],
        ["Bad Status", "bad.status@example.com", "", "Maybe", ""],
      ],
      ";",
    );
    const agent = callerFor(org.users.agent);
    const preview = await agent.crm.leads.import.preview({
      filename: "fr.csv",
      content,
      kind: "client",
      mapping: { "Nom complet": "name", Courriel: "email", Notes: "notes", Statut: "status", Valeur: "value" },
    });
    expect(preview.totalRows).toBe(3);
    expect(preview.problems.map((problem) => problem.row)).toEqual([4, 5]);
    const result = await agent.crm.leads.import.commit({ filename: "fr.csv", content, kind: "client", mapping: preview.mapping });
    if (result.status !== "completed") throw new Error("a small file is imported in the request");
    expect(result.created).toBe(1);
    expect(result.errors).toEqual([
      { row: 4, message: expect.stringContaining("an email or a phone number is required") as unknown },
      { row: 5, message: expect.stringContaining('"Maybe" is not a lead status') as unknown },
    ]);
    const lead = await db.lead.findFirstOrThrow({ where: { organizationId: org.organizationId } });
    expect(lead).toMatchObject({ name: "Zoé Martin", status: "qualified", notes: "Line one\nline two; with a semicolon" });
    expect(Number(lead.value)).toBe(1200.5);
  });

  it("imports an XLSX workbook: numbers, hyperlinks and rich text read as text", async () => {
    const org = await createTestOrganization();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Leads");
    sheet.addRow(["Candidate Name", "Email Address", "Mobile", "Current Employer", "Source"]);
    sheet.addRow(["Rita Recruit", { text: "rita@example.com", hyperlink: "mailto:rita@example.com" }, 5557654321, "Allstate", "Career Fair"]);
    sheet.addRow([{ richText: [{ text: "Sam " }, { text: "Sheet", font: { bold: true } }] }, "sam@example.com", "", "", "LinkedIn"]);
    sheet.addRow(["No Contact", "", "", "", ""]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");

    const agent = callerFor(org.users.agent);
    const preview = await agent.crm.leads.import.preview({ filename: "recruits.xlsx", content, kind: "recruit" });
    expect(preview.mapping).toEqual({ "Candidate Name": "name", "Email Address": "email", Mobile: "phone", "Current Employer": "company", Source: "source" });
    expect(preview.sampleRows[0]).toEqual({
      row: 2,
      cells: ["Rita Recruit", "rita@example.com", "5557654321", "Allstate", "Career Fair"],
      values: { name: "Rita Recruit", email: "rita@example.com", phone: "5557654321", company: "Allstate", source: "Career Fair" },
    });
    expect(preview.problems).toEqual([{ row: 4, message: expect.stringContaining("email") as unknown }]);

    const result = await agent.crm.leads.import.commit({ filename: "recruits.xlsx", content, kind: "recruit", mapping: preview.mapping });
    expect(result).toMatchObject({ created: 2, errors: [{ row: 4 }] });
    const leads = await db.lead.findMany({ where: { organizationId: org.organizationId }, orderBy: { name: "asc" } });
    expect(leads.map((lead) => [lead.name, lead.kind, lead.phone])).toEqual([
      ["Rita Recruit", "recruit", "+15557654321"],
      ["Sam Sheet", "recruit", null],
    ]);
  });

  it("imports 10,000 rows in batches, each lead once (queued past 2,000 rows, applied by the worker's chunks)", async () => {
    const org = await createTestOrganization();
    const rows = Array.from({ length: 10_000 }, (_, index) => personRow(index + 1, "bulk"));
    const content = csv([ODD_HEADERS, ...rows]);
    const mapping = { "Full Name": "name", "E-mail Address": "email", "Phone #": "phone", "Company Name": "company", "Lead Source": "source", "Est. Value": "value", Zip: null } as const;
    const started = performance.now();
    const queued = await callerFor(org.users.admin).crm.leads.import.commit({ filename: "bulk.csv", content, kind: "client", mapping });
    if (queued.status !== "queued") throw new Error("a 10,000-row file is queued");
    const result = await applyQueuedLeadImport(org.organizationId, queued.importId);
    const seconds = (performance.now() - started) / 1000;
    expect(result).toMatchObject({ status: "completed", created: 10_000, updated: 0, skipped: 0, errorCount: 0 });
    expect(await db.lead.count({ where: { organizationId: org.organizationId } })).toBe(10_000);
    console.info(`10,000-row CSV import: ${seconds.toFixed(2)} s`);

    const page = await callerFor(org.users.admin).crm.leads.list({ limit: 5 });
    expect(page).toMatchObject({ total: 1_000, totalCapped: true });
    expect(page.items).toHaveLength(5);
  }, 120_000);
});

describe("crm.leads.import input", () => {
  it("names the field for a file it cannot take", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const tooBig = await agent.crm.leads.import
      .preview({ filename: "big.csv", content: "Name,Email\n" + "x".repeat(10 * 1024 * 1024), kind: "client" })
      .catch((error: unknown) => error);
    expect(tooBig).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(tooBig)).toEqual({ content: ["The file is larger than 10 MB (the limit); split it into smaller files"] });

    const pdf = await agent.crm.leads.import.preview({ filename: "leads.pdf", content: "x", kind: "client" }).catch((error: unknown) => error);
    expect(pdf).toMatchObject({ code: "BAD_REQUEST" });
    expect((pdf as { message: string }).message).toContain("filename");

    const notXlsx = await agent.crm.leads.import.preview({ filename: "leads.xlsx", content: "bm90IGEgd29ya2Jvb2s=", kind: "client" }).catch((error: unknown) => error);
    expect(notXlsx).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(notXlsx)).toHaveProperty("content");

    const empty = await agent.crm.leads.import.preview({ filename: "leads.csv", content: "\n\n", kind: "client" }).catch((error: unknown) => error);
    expect(fieldErrorsOf(empty)).toEqual({ content: ["has no header row"] });
  });

  it("refuses a mapping without a name, with a field used twice or naming a column the file lacks", async () => {
    const org = await createTestOrganization();
    const content = csv([["Name", "Email", "Other Email"], ["A", "a@example.com", "b@example.com"]]);
    const commit = (mapping: Record<string, "name" | "email" | null>) =>
      callerFor(org.users.agent).crm.leads.import.commit({ filename: "m.csv", content, kind: "client", mapping }).catch((error: unknown) => error);
    const noName = await commit({ Email: "email" });
    expect(noName).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(noName)?.mapping).toEqual(["no column is mapped to name"]);
    expect(fieldErrorsOf(await commit({ Name: "name", Email: "email", "Other Email": "email" }))?.mapping).toEqual([
      'email is mapped from more than one column ("Email", "Other Email")',
    ]);
    expect(fieldErrorsOf(await commit({ Name: "name", Email: "email", Phone: null }))?.mapping).toEqual(['"Phone" is not a column of this file']);
    expect(await db.lead.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  it.each(["viewer", "compliance"] as const)("is FORBIDDEN to a %s", async (role) => {
    const org = await createTestOrganization();
    const input = { filename: "x.csv", content: "Name,Email\nA,a@example.com\n", kind: "client" as const };
    await expect(callerFor(org.users[role]).crm.leads.import.preview(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users[role]).crm.leads.import.commit({ ...input, mapping: { Name: "name", Email: "email" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
