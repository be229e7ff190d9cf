import type { Role } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { hasPermission } from "../access/permissions";
import { callerFor, createTestOrganization, type TestOrganization } from "../testing";
import { callByPath, listProcedures } from "../testing/procedures";

// Who may call what, reviewed as a diff: a change in any procedure's access level changes the
// snapshot. Then every procedure is called as every role with an input that cannot pass
// validation, so nothing is written: a role without the permission must get FORBIDDEN before
// the input is even looked at, and a role with it must get past the permission check.

const roles: Role[] = ["admin", "manager", "agent", "viewer", "compliance"];
const MALFORMED = "__malformed__";

describe("procedure access", () => {
  it("matches the reviewed access snapshot", () => {
    const access = Object.fromEntries(listProcedures().map(({ path, type, access }) => [path, `${type} · ${access}`]));
    expect(access).toMatchSnapshot();
  });

  let org: TestOrganization;

  it.each(listProcedures().map((procedure) => [procedure.path, procedure] as const))(
    "%s answers each role according to the permission matrix",
    async (_path, procedure) => {
      org ??= await createTestOrganization("Access Agency");
      if (procedure.access !== "public") {
        await expect(callByPath(callerFor(null), procedure.path, MALFORMED)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      }
      for (const role of roles) {
        const call = callByPath(callerFor(org.users[role]), procedure.path, MALFORMED);
        const allowed =
          procedure.access === "public" || procedure.access === "authenticated" || hasPermission(role, procedure.access);
        if (allowed) {
          await expect(call).rejects.toMatchObject({ code: "BAD_REQUEST" });
        } else {
          await expect(call).rejects.toMatchObject({ code: "FORBIDDEN" });
        }
      }
    },
  );
});
