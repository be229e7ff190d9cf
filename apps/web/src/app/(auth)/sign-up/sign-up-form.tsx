"use client";

import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { useFormMutation } from "~/components/ui/form";
import { signInErrorMessage } from "~/lib/sign-in-errors";
import { signInWithPassword } from "~/server/auth-actions";
import { useTRPC } from "~/trpc/react";

const emptyForm = { organizationName: "", name: "", email: "", password: "" };

export function SignUpForm() {
  const trpc = useTRPC();
  const [signInError, setSignInError] = useState<string | null>(null);
  const [signingIn, startSigningIn] = useTransition();
  const form = useFormMutation(trpc.auth.signUp.mutationOptions(), { initialValues: emptyForm, fields: Object.keys(emptyForm) });
  const signUp = form.mutation;
  const busy = signUp.isPending || signingIn || (signUp.isSuccess && !signInError);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSignInError(null);
    const values = form.values;
    signUp.mutate(values, {
      onSuccess: () =>
        startSigningIn(async () => {
          const result = await signInWithPassword({ email: values.email, password: values.password, redirectTo: "/" });
          if (result.error) setSignInError(`Your agency was created, but signing in failed: ${signInErrorMessage(result.error)}`);
        }),
    });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="sign-up-form">
      {form.banner ? (
        <Alert tone="error" data-testid="sign-up-error">
          {form.banner}
        </Alert>
      ) : null}
      {signInError ? <Alert tone="error">{signInError}</Alert> : null}
      <TextField {...form.field("organizationName", "Agency name")} autoComplete="organization" required autoFocus />
      <TextField {...form.field("name", "Name")} label="Your name" autoComplete="name" required />
      <TextField {...form.field("email", "Email")} label="Work email" type="email" autoComplete="email" required />
      <TextField {...form.field("password", "Password")} type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." />
      <Button type="submit" className="w-full" disabled={busy}>
        {signUp.isPending ? "Creating your agency…" : busy ? "Signing you in…" : "Create agency"}
      </Button>
    </form>
  );
}
