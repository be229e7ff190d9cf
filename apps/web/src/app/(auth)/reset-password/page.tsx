import type { Metadata } from "next";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight text-zinc-900">Choose a new password</h1>
      <p className="mt-1 text-sm text-zinc-500">At least 10 characters, and not one of the passwords most often found in breaches.</p>
      <div className="mt-6">
        <ResetPasswordForm token={typeof token === "string" ? token : ""} />
      </div>
    </>
  );
}
