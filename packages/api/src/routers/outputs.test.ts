import { describe, expect, it } from "vitest";
import { listProcedures, outputShapeOf } from "../testing/procedures";

// What leaves the server, reviewed as a diff: every procedure declares an output schema (zod
// objects drop the keys they do not list, so the schema is the whitelist), and the snapshot
// holds each one's shape field by field. A field added to an answer shows up here.

describe("procedure outputs", () => {
  it("declares an output schema on every procedure", () => {
    const without = listProcedures().filter((procedure) => !procedure.output).map((procedure) => procedure.path);
    expect(without).toEqual([]);
  });

  it("names a snake_case audit entity on every authenticated mutation", () => {
    const audited = listProcedures().filter((procedure) => procedure.type === "mutation" && procedure.access !== "public");
    const entities = Object.fromEntries(audited.map((procedure) => [procedure.path, procedure.auditEntity ?? null]));
    for (const [path, entity] of Object.entries(entities)) {
      expect(entity ?? "(none)", path).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });

  it("matches the reviewed output snapshot", () => {
    const shapes = Object.fromEntries(
      listProcedures().flatMap((procedure) => (procedure.output ? [[procedure.path, outputShapeOf(procedure.output)]] : [])),
    );
    expect(shapes).toMatchSnapshot();
  });
});
