"use client";

import { useActionState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { signInErrorMessage, toSignInErrorCode } from "~/lib/sign-in-errors";
import { type SignInFormState, signInFormAction } from "~/server/auth-actions";

export interface SignInFormProps {
  redirectTo: string;
  initialError: { type: string; code: string | undefined } | null;
}

export function SignInForm({ redirectTo, initialError }: SignInFormProps) {
  const initialState: SignInFormState = {
    error: initialError ? toSignInErrorCode(initialError.type, initialError.code) : null,
    email: "",
  };
  const [state, formAction, pending] = useActionState(signInFormAction, initialState);

  return (
    <form action={formAction} className="space-y-4" data-testid="sign-in-form">
      {state.error ? (
        <Alert tone="error" data-testid="sign-in-error">
          {signInErrorMessage(state.error)}
        </Alert>
      ) : null}
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required autoFocus defaultValue={state.email} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
