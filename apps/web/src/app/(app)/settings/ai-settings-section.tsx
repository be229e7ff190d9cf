"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { describeApiError } from "~/lib/api-errors";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { SettingsSection } from "./settings-section";

type AiSettings = RouterOutputs["settings"]["ai"]["get"];
type Feature = keyof AiSettings["features"];

const featureLabels: Record<Feature, string> = {
  chat: "Copilot chat",
  insights: "Record insights",
  compose: "Smart compose",
  analyzeMessage: "Message analysis",
  query: "Natural-language search",
  mapHeaders: "Import header mapping",
};

export function AiSettingsSection() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.ai.get.queryOptions());
  return (
    <SettingsSection
      id="ai"
      title="AI"
      description="Which model answers, which AI features are on, topics the copilot must not discuss, and how many AI requests each person may make a minute."
    >
      {settings.isPending ? <p className="text-sm text-zinc-500">Loading…</p> : null}
      {settings.isError ? <Alert tone="error">{describeApiError(settings.error).message}</Alert> : null}
      {settings.data ? <AiSettingsForm key={settings.data.updatedAt?.getTime() ?? 0} saved={settings.data} /> : null}
    </SettingsSection>
  );
}

function AiSettingsForm({ saved }: { saved: AiSettings }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [provider, setProvider] = useState(saved.provider);
  const [model, setModel] = useState(saved.model ?? "");
  const [apiKey, setApiKey] = useState("");
  const [temperature, setTemperature] = useState(String(saved.temperature));
  const [maxTokens, setMaxTokens] = useState(String(saved.maxTokens));
  const [rateLimit, setRateLimit] = useState(String(saved.rateLimitPerMinute));
  const [features, setFeatures] = useState(saved.features);
  const [topics, setTopics] = useState(saved.blockedTopics.join("\n"));
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string; fields?: Record<string, string[]> } | null>(null);

  const update = useMutation(
    trpc.settings.ai.update.mutationOptions({
      onMutate: () => setMessage(null),
      onError: (error) => {
        const info = describeApiError(error);
        setMessage({ tone: "error", text: info.message, fields: info.fieldErrors });
      },
      onSuccess: async () => {
        setMessage({ tone: "success", text: "AI settings saved." });
        await queryClient.invalidateQueries(trpc.settings.ai.pathFilter());
      },
    }),
  );

  function save(removeKey = false) {
    update.mutate({
      provider,
      model: model.trim() || null,
      ...(removeKey ? { apiKey: null } : apiKey.trim() ? { apiKey: apiKey.trim() } : {}),
      temperature: Number(temperature),
      maxTokens: Number(maxTokens),
      rateLimitPerMinute: Number(rateLimit),
      features,
      blockedTopics: topics.split("\n").map((topic) => topic.trim()).filter(Boolean),
    });
  }

  const fieldError = (name: string) => message?.fields?.[name]?.join(", ");

  return (
    <form
      className="grid max-w-3xl grid-cols-1 gap-4 sm:grid-cols-2"
      data-testid="ai-settings-form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <SelectField label="Provider" value={provider} onChange={(event) => setProvider(event.target.value as AiSettings["provider"])}>
        <option value="gemini">Gemini (offline when no key is set)</option>
        <option value="offline">Offline only (no language model)</option>
      </SelectField>
      <TextField label="Model" value={model} placeholder="gemini-2.5-flash" onChange={(event) => setModel(event.target.value)} error={fieldError("model")} hint="Used with the agency's own key." />
      <TextField
        label="Gemini API key"
        type="password"
        autoComplete="off"
        value={apiKey}
        onChange={(event) => setApiKey(event.target.value)}
        placeholder={saved.apiKeyMasked ?? "Not set: the server's key, if any, is used"}
        error={fieldError("apiKey")}
        hint={saved.hasApiKey ? `Stored encrypted: ${saved.apiKeyMasked ?? ""}. Type a new key to replace it.` : "Stored encrypted; only its last four characters are ever shown."}
        data-testid="ai-api-key"
      />
      <div className="flex items-end">
        {saved.hasApiKey ? (
          <Button variant="secondary" onClick={() => save(true)} disabled={update.isPending}>
            Remove stored key
          </Button>
        ) : null}
      </div>
      <TextField label="Temperature" type="number" step="0.05" min="0" max="2" value={temperature} onChange={(event) => setTemperature(event.target.value)} error={fieldError("temperature")} />
      <TextField label="Max tokens per answer" type="number" min="64" value={maxTokens} onChange={(event) => setMaxTokens(event.target.value)} error={fieldError("maxTokens")} />
      <TextField label="AI requests per person per minute" type="number" min="1" max="600" value={rateLimit} onChange={(event) => setRateLimit(event.target.value)} error={fieldError("rateLimitPerMinute")} />
      <fieldset className="space-y-1.5 sm:col-span-2">
        <legend className="text-sm font-medium text-zinc-800">Features</legend>
        <div className="grid grid-cols-2 gap-1.5 sm:grid-cols-3">
          {(Object.keys(featureLabels) as Feature[]).map((feature) => (
            <label key={feature} className="flex items-center gap-2 text-sm text-zinc-700">
              <input
                type="checkbox"
                checked={features[feature]}
                onChange={(event) => setFeatures({ ...features, [feature]: event.target.checked })}
                className="size-4 rounded border-zinc-300 accent-indigo-600"
              />
              {featureLabels[feature]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="sm:col-span-2">
        <TextAreaField
          label="Blocked topics"
          rows={4}
          value={topics}
          onChange={(event) => setTopics(event.target.value)}
          hint="One per line. An answer that mentions one is withheld and logged for compliance."
          error={fieldError("blockedTopics")}
        />
      </div>
      {message ? (
        <Alert tone={message.tone} className="sm:col-span-2">
          {message.text}
        </Alert>
      ) : null}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={update.isPending} data-testid="ai-settings-save">
          {update.isPending ? "Saving…" : "Save AI settings"}
        </Button>
      </div>
    </form>
  );
}
