import { describe, expect, it, beforeAll } from "vitest";
import { createApiKey } from "../services/auth/api-keys";
import { createTestOrganization } from "../testing";
import { listProcedures, objectShapeOf, sendOverHttp, type ProcedureInfo } from "../testing/procedures";

// Malformed input to every procedure, over real HTTP as a script would send it: always a 4xx
// with field errors naming what was wrong, never a 500.

let apiKey: string;

beforeAll(async () => {
  const org = await createTestOrganization("Bad Input Agency");
  ({ key: apiKey } = await createApiKey({ actor: org.users.admin, name: "bad input test" }));
});

async function send(procedure: ProcedureInfo, input: unknown) {
  const response = await sendOverHttp(procedure, apiKey, input);
  const body = (await response.json()) as { error?: { json: { message: string; data: { appCode: string; fieldErrors: Record<string, string[]> | null } } } };
  return { status: response.status, error: body.error?.json };
}

describe("malformed input", () => {
  const procedures = listProcedures().filter((procedure) => procedure.type !== "subscription");

  it.each(procedures.map((procedure) => [procedure.path, procedure] as const))("%s rejects a non-object input with 400", async (_path, procedure) => {
    const { status, error } = await send(procedure, "not an object");
    expect(status).toBe(400);
    expect(error?.data.appCode).toBe("VALIDATION_ERROR");
    expect(error?.data.fieldErrors).toEqual(expect.any(Object));
  });

  const withFields = procedures.filter((procedure) => Object.keys(objectShapeOf(procedure.input) ?? {}).length > 0);

  it.each(withFields.map((procedure) => [procedure.path, procedure] as const))(
    "%s names the fields that have the wrong type",
    async (_path, procedure) => {
      const fields = Object.keys(objectShapeOf(procedure.input)!);
      const input = Object.fromEntries(fields.map((field) => [field, { wrong: "type" }]));
      const { status, error } = await send(procedure, input);
      expect(status).toBe(400);
      const named = Object.keys(error?.data.fieldErrors ?? {});
      expect(named.length).toBeGreaterThan(0);
      expect(named.every((field) => fields.includes(field.split(".")[0]!))).toBe(true);
      expect(error?.message).toContain(named[0]);
    },
  );
});
