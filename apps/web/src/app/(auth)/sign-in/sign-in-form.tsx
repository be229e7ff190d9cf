"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
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
  // Controlled, so the password survives the first step when the account asks for a code.
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const askingForCode = state.error === "mfa_required" || state.error === "mfa_invalid";

  return (
    <form action={formAction} className="space-y-4" data-testid="sign-in-form">
      {state.error ? (
        <Alert tone={state.error === "mfa_required" ? "info" : "error"} data-testid="sign-in-error">
          {signInErrorMessage(state.error)}
        </Alert>
      ) : null}
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <div className={askingForCode ? "hidden" : "space-y-4"}>
        <TextField label="Email" name="email" type="email" autoComplete="email" required autoFocus value={email} onChange={(event) => setEmail(event.target.value)} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
      </div>
      {askingForCode ? (
        <TextField
          label="Authentication code"
          name="code"
          autoComplete="one-time-code"
          inputMode="text"
          required
          autoFocus
          hint="6 digits from your authenticator app, or a recovery code (xxxxx-xxxxx)."
          data-testid="sign-in-code"
        />
      ) : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : askingForCode ? "Verify and sign in" : "Sign in"}
      </Button>
      <p className="text-center text-sm">
        <Link href="/forgot-password" className="font-medium text-indigo-600 hover:text-indigo-500">
          Forgot your password?
        </Link>
      </p>
    </form>
  );
}
