"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { Alert, ErrorAlert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { signOutAction } from "~/server/auth-actions";
import { useTRPC } from "~/trpc/react";

/** With a token from the mail: a button that verifies. Without: where the mail went, and a resend. */
export function VerifyEmailView({ token, signedInEmail }: { token: string | null; signedInEmail: string | null }) {
  const trpc = useTRPC();
  const verify = useMutation(trpc.auth.email.verify.mutationOptions());
  const resend = useMutation(trpc.auth.email.resendVerification.mutationOptions());

  if (token) {
    return (
      <div className="mt-4 space-y-4">
        {verify.isSuccess ? (
          <Alert tone="success" data-testid="email-verified">
            {verify.data.email} is verified.{" "}
            <Link href="/" className="font-medium underline">
              Continue to Harbor
            </Link>
          </Alert>
        ) : (
          <>
            <ErrorAlert error={verify.error} />
            <Button className="w-full" onClick={() => verify.mutate({ token })} disabled={verify.isPending} data-testid="verify-email">
              {verify.isPending ? "Verifying…" : "Verify my email"}
            </Button>
          </>
        )}
      </div>
    );
  }
  return (
    <div className="mt-4 space-y-4 text-sm text-zinc-600">
      <p>
        {signedInEmail ? (
          <>
            We sent a link to <span className="font-medium text-zinc-900">{signedInEmail}</span>.
          </>
        ) : (
          "We sent a link to your email address."
        )}{" "}
        Open it to start using Harbor. It works once, for 24 hours.
      </p>
      {resend.isSuccess ? <Alert tone="success">A new link is on its way.</Alert> : null}
      <ErrorAlert error={resend.error} />
      {signedInEmail ? (
        <div className="flex gap-2">
          <Button variant="secondary" onClick={() => resend.mutate()} disabled={resend.isPending}>
            Send a new link
          </Button>
          <form action={signOutAction}>
            <Button type="submit" variant="ghost">
              Sign out
            </Button>
          </form>
        </div>
      ) : null}
    </div>
  );
}
