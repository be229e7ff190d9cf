import { z } from "zod";

export const securitySettingsOutput = z.object({ requireMfaForAdmins: z.boolean() });
export const updateSecuritySettingsInput = z.object({ requireMfaForAdmins: z.boolean() });
