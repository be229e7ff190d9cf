import { getAiSettings, updateAiSettings } from "../../services/copilot/ai-settings";
import { createTRPCRouter, requirePermission, serve, serveActor } from "../../trpc";
import { aiSettingsOutput, getAiSettingsInput, updateAiSettingsInput } from "./ai.schema";

const manage = requirePermission("copilot:settings");

export const aiSettingsRouter = createTRPCRouter({
  /** The provider key is only ever shown masked (its last four characters). */
  get: manage.input(getAiSettingsInput).output(aiSettingsOutput).query(serveActor(getAiSettings)),

  update: requirePermission("copilot:settings", { auditEntity: "ai_settings" }).input(updateAiSettingsInput).output(aiSettingsOutput).mutation(serve(updateAiSettings)),
});
