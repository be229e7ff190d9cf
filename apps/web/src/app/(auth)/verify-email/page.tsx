import type { Metadata } from "next";
import { getViewer } from "~/server/caller";
import { VerifyEmailView } from "./verify-email-view";

export const metadata: Metadata = { title: "Verify your email" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const viewer = await getViewer();
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight text-zinc-900">Verify your email</h1>
      <VerifyEmailView token={typeof token === "string" ? token : null} signedInEmail={viewer?.security.pending === "email_verification" ? viewer.user.email : null} />
    </>
  );
}
