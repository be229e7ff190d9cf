"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import type { Route } from "next";
import { Alert, ErrorAlert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { FormBody, useFormMutation } from "~/components/ui/form";
import { SecretValue } from "~/components/ui/secret-value";
import { useTRPC } from "~/trpc/react";
import { RecoveryCodes } from "./recovery-codes";

/** Enroll in TOTP: a QR code to scan, a code to confirm, then the recovery codes, shown once. */
export function MfaEnrollment({ continueHref, onDone }: { continueHref?: Route; onDone?: () => void }) {
  const trpc = useTRPC();
  const enroll = useMutation(trpc.auth.mfa.enroll.mutationOptions());
  const confirm = useFormMutation(
    trpc.auth.mfa.confirm.mutationOptions(),
    { initialValues: { code: "" }, fields: ["code"], invalidates: [trpc.auth.pathFilter()] },
  );

  if (confirm.mutation.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success">Two-factor authentication is on.</Alert>
        <RecoveryCodes codes={confirm.mutation.data.recoveryCodes} />
        <div className="flex justify-end">
          {continueHref ? (
            <Link href={continueHref} className="text-sm font-medium text-indigo-600 hover:text-indigo-500" data-testid="mfa-continue">
              I saved them, continue
            </Link>
          ) : (
            <Button onClick={onDone}>I saved them</Button>
          )}
        </div>
      </div>
    );
  }
  if (!enroll.data) {
    return (
      <div className="space-y-3">
        <ErrorAlert error={enroll.error} />
        <Button onClick={() => enroll.mutate()} disabled={enroll.isPending} data-testid="start-mfa">
          {enroll.isPending ? "Preparing…" : "Set up authenticator app"}
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-4" data-testid="mfa-enrollment">
      <p className="text-sm text-zinc-600">Scan this code with your authenticator app (1Password, Google Authenticator, Authy…), or type the key.</p>
      {/* A data URL made on the server; next/image adds nothing for it. */}
      <img src={enroll.data.qrCodeDataUrl} alt="QR code for your authenticator app" width={220} height={220} className="rounded-md ring-1 ring-zinc-200" />
      <SecretValue value={enroll.data.secret} testId="mfa-secret" />
      <FormBody
        banner={confirm.banner}
        pending={confirm.pending}
        onSubmit={() => confirm.mutation.mutate({ code: confirm.values.code })}
        submitLabel="Turn on"
        pendingLabel="Checking…"
        testId="mfa-confirm-form"
      >
        <TextField {...confirm.field("code", "Code from the app")} autoComplete="one-time-code" inputMode="numeric" required />
      </FormBody>
    </div>
  );
}
