import { describe, expect, it } from "vitest";
import { testActor } from "../testing/test-actor";
import { capabilitiesOf } from "./capabilities";

describe("capabilitiesOf", () => {
  it("lets an agent write the CRM but assign records only to themselves", () => {
    const capabilities = capabilitiesOf(testActor("agent"));
    expect(capabilities.canWriteCrm).toBe(true);
    expect(capabilities.canImport).toBe(true);
    expect(capabilities.canAssignOthers).toBe(false);
    expect(capabilities.canDeleteCrm).toBe(false);
    expect(capabilities.canManageTeams).toBe(false);
  });

  it("lets a manager assign within their team, but not without one", () => {
    expect(capabilitiesOf(testActor("manager")).canAssignOthers).toBe(true);
    expect(capabilitiesOf(testActor("manager", null)).canAssignOthers).toBe(false);
  });

  it("gives an admin every capability", () => {
    expect(Object.values(capabilitiesOf(testActor("admin"))).every(Boolean)).toBe(true);
  });

  it("leaves a viewer read-only: no writes and no assignment despite seeing the whole organization", () => {
    const capabilities = capabilitiesOf(testActor("viewer"));
    expect(capabilities.canWriteCrm).toBe(false);
    expect(capabilities.canAssignOthers).toBe(false);
  });

  it("lets compliance manage the do-not-contact list and read the audit log only", () => {
    expect(capabilitiesOf(testActor("compliance"))).toMatchObject({ canManageDnc: true, canReadAudit: true, canWriteCrm: false, canManageUsers: false });
  });

  it("lets managers lift do-not-contact entries but not compliance, and keeps purge and erasure to admins", () => {
    expect(capabilitiesOf(testActor("manager"))).toMatchObject({ canManageDnc: true, canRemoveDnc: true, canDeleteCrm: true, canPurgeTrash: false, canExportPersonData: false, canErasePersonData: false });
    expect(capabilitiesOf(testActor("compliance"))).toMatchObject({ canManageDnc: true, canRemoveDnc: false, canDeleteCrm: false, canExportPersonData: true, canErasePersonData: false });
    expect(capabilitiesOf(testActor("agent"))).toMatchObject({ canRemoveDnc: false, canDeleteCrm: false, canPurgeTrash: false, canExportPersonData: false });
  });

  it("lets agents work and escalate renewal cases but not hand them on or upload renewal files", () => {
    expect(capabilitiesOf(testActor("agent"))).toMatchObject({ canWriteRenewals: true, canEscalateRenewals: true, canAssignRenewals: false, canUploadRenewals: false });
    expect(capabilitiesOf(testActor("viewer"))).toMatchObject({ canWriteRenewals: false, canEscalateRenewals: false });
  });
});
