import { z } from "zod";
import { getSecuritySettings, updateSecuritySettings } from "../../services/auth/organization-security";
import { createTRPCRouter, requirePermission, serve, serveActor } from "../../trpc";
import { securitySettingsOutput, updateSecuritySettingsInput } from "./security.schema";

export const securitySettingsRouter = createTRPCRouter({
  get: requirePermission("settings:manage").input(z.void()).output(securitySettingsOutput).query(serveActor(getSecuritySettings)),
  /** Admins without MFA are sent to enroll before anything else once this is on. */
  update: requirePermission("settings:manage", { auditEntity: "organization" })
    .input(updateSecuritySettingsInput)
    .output(securitySettingsOutput)
    .mutation(serve(updateSecuritySettings)),
});
