import { apiEnv } from "@harbor/api/env";
import type { Metadata, Route } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { getViewer } from "~/server/caller";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl, code, error } = await searchParams;
  const redirectTo = safeRedirectPath(callbackUrl);
  // safeRedirectPath only lets through paths on this site.
  if (await getViewer()) redirect(redirectTo as Route);
  // Errors from a sign-in posted straight to /api/auth arrive as ?error=…&code=….
  const initialError = typeof error === "string" ? { type: error, code: typeof code === "string" ? code : undefined } : null;
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight text-zinc-900">Sign in to Harbor</h1>
      <p className="mt-1 text-sm text-zinc-500">Welcome back. Use the email and password of your agency account.</p>
      <div className="mt-6">
        <SignInForm redirectTo={redirectTo} initialError={initialError} />
      </div>
      {apiEnv().SIGN_UP_ENABLED ? (
        <p className="mt-6 text-center text-sm text-zinc-500">
          New to Harbor?{" "}
          <Link href="/sign-up" className="font-medium text-indigo-600 hover:text-indigo-500">
            Create an agency account
          </Link>
        </p>
      ) : null}
    </>
  );
}
