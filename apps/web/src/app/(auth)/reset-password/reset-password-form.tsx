"use client";

import Link from "next/link";
import { Alert } from "~/components/ui/alert";
import { TextField } from "~/components/ui/field";
import { FormBody, useFormMutation } from "~/components/ui/form";
import { useTRPC } from "~/trpc/react";

export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const form = useFormMutation(trpc.auth.password.reset.mutationOptions(), { initialValues: { newPassword: "" }, fields: ["newPassword"] });
  if (form.mutation.isSuccess) {
    return (
      <Alert tone="success" data-testid="password-reset-done">
        Your password is changed and every other session is signed out.{" "}
        <Link href="/sign-in" className="font-medium underline">
          Sign in
        </Link>
      </Alert>
    );
  }
  return (
    <FormBody
      banner={token ? form.banner : "This link is incomplete. Open the link from the mail again, or ask for a new one."}
      pending={form.pending}
      onSubmit={() => form.mutation.mutate({ token, newPassword: form.values.newPassword })}
      submitLabel="Set new password"
      pendingLabel="Saving…"
      testId="reset-password-form"
    >
      <TextField {...form.field("newPassword", "New password")} type="password" autoComplete="new-password" required minLength={10} autoFocus />
    </FormBody>
  );
}
