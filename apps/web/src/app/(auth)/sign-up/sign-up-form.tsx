"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { signInErrorMessage } from "~/lib/sign-in-errors";
import { signInWithPassword } from "~/server/auth-actions";
import { useTRPC } from "~/trpc/react";

export function SignUpForm() {
  const trpc = useTRPC();
  const [values, setValues] = useState({ organizationName: "", name: "", email: "", password: "" });
  const [signInError, setSignInError] = useState<string | null>(null);
  const [signingIn, startSigningIn] = useTransition();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const problem = signUp.error ? describeApiError(signUp.error) : null;
  const busy = signUp.isPending || signingIn || (signUp.isSuccess && !signInError);

  const update = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSignInError(null);
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
      {problem ? (
        <Alert tone="error" data-testid="sign-up-error">
          {problem.message}
        </Alert>
      ) : null}
      {signInError ? <Alert tone="error">{signInError}</Alert> : null}
      <TextField
        label="Agency name"
        name="organizationName"
        autoComplete="organization"
        required
        autoFocus
        value={values.organizationName}
        onChange={update("organizationName")}
        error={fieldMessage("Agency name", problem?.fieldErrors.organizationName)}
      />
      <TextField
        label="Your name"
        name="name"
        autoComplete="name"
        required
        value={values.name}
        onChange={update("name")}
        error={fieldMessage("Name", problem?.fieldErrors.name)}
      />
      <TextField
        label="Work email"
        name="email"
        type="email"
        autoComplete="email"
        required
        value={values.email}
        onChange={update("email")}
        error={fieldMessage("Email", problem?.fieldErrors.email)}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        value={values.password}
        onChange={update("password")}
        hint="At least 10 characters."
        error={fieldMessage("Password", problem?.fieldErrors.password)}
      />
      <Button type="submit" className="w-full" disabled={busy}>
        {signUp.isPending ? "Creating your agency…" : busy ? "Signing you in…" : "Create agency"}
      </Button>
    </form>
  );
}
