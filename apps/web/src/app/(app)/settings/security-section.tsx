"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { MfaEnrollment } from "~/components/account/mfa-enrollment";
import { RecoveryCodes } from "~/components/account/recovery-codes";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { FormBody, useFormMutation } from "~/components/ui/form";
import { describeApiError } from "~/lib/api-errors";
import { useTRPC } from "~/trpc/react";
import { SessionsList } from "./sessions-list";
import { SettingsSection } from "./settings-section";

/** Settings → Security: password, two-factor authentication, sessions; the MFA rule for admins. */
export function SecuritySection({ canManageOrganization }: { canManageOrganization: boolean }) {
  return (
    <SettingsSection id="security" title="Security" description="Your password, two-factor authentication and where you are signed in.">
      <div className="grid gap-8 lg:grid-cols-2">
        <ChangePassword />
        <TwoFactor />
      </div>
      {canManageOrganization ? <RequireMfaForAdmins /> : null}
      <SessionsList />
    </SettingsSection>
  );
}

function ChangePassword() {
  const trpc = useTRPC();
  const empty = { currentPassword: "", newPassword: "" };
  const form = useFormMutation(trpc.auth.password.change.mutationOptions(), {
    initialValues: empty,
    fields: ["currentPassword", "newPassword"],
  });
  return (
    <div>
      <h3 className="text-sm font-semibold text-zinc-900">Change password</h3>
      <p className="mt-0.5 mb-3 text-sm text-zinc-500">Signs out every other session and revokes your API keys.</p>
      {form.mutation.isSuccess ? <Alert tone="success">Password changed. Other sessions are signed out.</Alert> : null}
      <FormBody banner={form.banner} pending={form.pending} onSubmit={() => form.mutation.mutate(form.values, { onSuccess: () => form.setValues(empty) })} submitLabel="Change password" pendingLabel="Saving…" testId="change-password-form">
        <TextField {...form.field("currentPassword", "Current password")} type="password" autoComplete="current-password" required />
        <TextField {...form.field("newPassword", "New password")} type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters, not a common password." />
      </FormBody>
    </div>
  );
}

function TwoFactor() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.auth.mfa.status.queryOptions());
  const [enrolling, setEnrolling] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.auth.pathFilter());
  const disable = useFormMutation(trpc.auth.mfa.disable.mutationOptions({ onSuccess: refresh }), { initialValues: { password: "" }, fields: ["password"] });
  const regenerate = useMutation(trpc.auth.mfa.regenerateRecoveryCodes.mutationOptions({ onSuccess: refresh }));
  const [code, setCode] = useState("");

  return (
    <div data-testid="two-factor">
      <h3 className="flex items-center gap-2 text-sm font-semibold text-zinc-900">
        Two-factor authentication
        {status.data ? <Badge tone={status.data.enabled ? "green" : "neutral"}>{status.data.enabled ? "On" : "Off"}</Badge> : null}
      </h3>
      {status.isError ? <Alert tone="error">{describeApiError(status.error).message}</Alert> : null}
      {/* Enrolling stays on screen after MFA turns on, until the recovery codes are acknowledged. */}
      {status.data && (!status.data.enabled || enrolling) ? (
        <div className="mt-3">
          {enrolling ? (
            <MfaEnrollment onDone={() => setEnrolling(false)} />
          ) : (
            <>
              <p className="mb-3 text-sm text-zinc-500">Ask for a code from an authenticator app when you sign in.</p>
              <Button onClick={() => setEnrolling(true)} data-testid="open-mfa-enrollment">
                Turn on
              </Button>
            </>
          )}
        </div>
      ) : null}
      {status.data?.enabled && !enrolling ? (
        <div className="mt-3 space-y-4">
          <p className="text-sm text-zinc-500">{status.data.recoveryCodesLeft} of 10 recovery codes left.</p>
          {regenerate.data ? (
            <RecoveryCodes codes={regenerate.data.recoveryCodes} />
          ) : (
            <div className="flex items-end gap-2">
              <TextField label="Code from the app" value={code} onChange={(event) => setCode(event.target.value)} autoComplete="one-time-code" inputMode="numeric" />
              <Button variant="secondary" onClick={() => regenerate.mutate({ code })} disabled={regenerate.isPending}>
                New recovery codes
              </Button>
            </div>
          )}
          {regenerate.error ? <Alert tone="error">{describeApiError(regenerate.error).message}</Alert> : null}
          <FormBody banner={disable.banner} pending={disable.pending} onSubmit={() => disable.mutation.mutate(disable.values)} submitLabel="Turn off" pendingLabel="Turning off…">
            <TextField {...disable.field("password", "Your password")} type="password" autoComplete="current-password" required />
          </FormBody>
        </div>
      ) : null}
    </div>
  );
}

function RequireMfaForAdmins() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.settings.security.get.queryOptions());
  const update = useMutation(trpc.settings.security.update.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.settings.security.pathFilter()) }));
  return (
    <div className="mt-8">
      <label className="flex w-fit items-center gap-2 text-sm text-zinc-700">
        <input
          type="checkbox"
          checked={settings.data?.requireMfaForAdmins ?? false}
          disabled={!settings.data || update.isPending}
          onChange={(event) => update.mutate({ requireMfaForAdmins: event.target.checked })}
          className="size-4 rounded border-zinc-300 accent-indigo-600"
          data-testid="require-mfa-for-admins"
        />
        Require two-factor authentication for admins (admins without it are sent to set it up first)
      </label>
      {update.error ? <Alert tone="error">{describeApiError(update.error).message}</Alert> : null}
    </div>
  );
}
