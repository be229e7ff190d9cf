import { z } from "zod";

export const getRenewalSettingsInput = z.object({}).optional();
export const updateRenewalSettingsInput = z.object({
  windowDays: z.number({ error: "must be a number" }).int({ error: "must be a whole number" }).min(7, { error: "must be at least 7" }).max(180, { error: "must be at most 180" }),
});
export const renewalSettingsOutput = z.object({ windowDays: z.number() });
