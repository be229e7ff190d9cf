import type { Metadata } from "next";
import { apiEnv } from "@harbor/api/env";
import Link from "next/link";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create your agency" };
// Read per request: SIGN_UP_ENABLED is the deployment's, not the build's.
export const dynamic = "force-dynamic";

export default function SignUpPage() {
  if (!apiEnv().SIGN_UP_ENABLED) {
    return (
      <>
        <h1 className="text-xl font-semibold tracking-tight text-zinc-900">Sign-up is closed</h1>
        <p className="mt-2 text-sm text-zinc-600" data-testid="sign-up-closed">
          This Harbor is invite-only. Ask an admin of your agency to add you; you will then sign in with the email they used.
        </p>
        <p className="mt-6 text-center text-sm">
          <Link href="/sign-in" className="font-medium text-indigo-600 hover:text-indigo-500">
            Sign in
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight text-zinc-900">Create your agency</h1>
      <p className="mt-1 text-sm text-zinc-500">You will be its first admin and can invite your team afterwards.</p>
      <div className="mt-6">
        <SignUpForm />
      </div>
      <p className="mt-6 text-center text-sm text-zinc-500">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-indigo-600 hover:text-indigo-500">
          Sign in
        </Link>
      </p>
    </>
  );
}
