import { getRenewalSettings, updateRenewalSettings } from "../../services/renewals/settings";
import { createTRPCRouter, requirePermission, serve, serveActor } from "../../trpc";
import { getRenewalSettingsInput, renewalSettingsOutput, updateRenewalSettingsInput } from "./settings.schema";

// The organization's renewal window: how many days before renewal the daily job opens a case.
export const renewalSettingsRouter = createTRPCRouter({
  get: requirePermission("renewals:read").input(getRenewalSettingsInput).output(renewalSettingsOutput).query(serveActor(getRenewalSettings)),
  update: requirePermission("settings:manage", { auditEntity: "renewal_settings" })
    .input(updateRenewalSettingsInput)
    .output(renewalSettingsOutput)
    .mutation(serve(updateRenewalSettings)),
});
