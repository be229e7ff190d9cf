"use client";

import { Alert } from "~/components/ui/alert";
import { TextField } from "~/components/ui/field";
import { FormBody, useFormMutation } from "~/components/ui/form";
import { useTRPC } from "~/trpc/react";

export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const form = useFormMutation(trpc.auth.password.requestReset.mutationOptions(), { initialValues: { email: "" }, fields: ["email"] });
  if (form.mutation.isSuccess) {
    return (
      <Alert tone="success" data-testid="reset-requested">
        If an account uses {form.values.email}, a link to reset its password is on its way. It works once, for one hour.
      </Alert>
    );
  }
  return (
    <FormBody
      banner={form.banner}
      pending={form.pending}
      onSubmit={() => form.mutation.mutate(form.values)}
      submitLabel="Send reset link"
      pendingLabel="Sending…"
      testId="forgot-password-form"
    >
      <TextField {...form.field("email", "Email")} type="email" autoComplete="email" required autoFocus />
    </FormBody>
  );
}
