import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MfaEnrollment } from "~/components/account/mfa-enrollment";
import { requireViewer } from "~/server/caller";

export const metadata: Metadata = { title: "Set up two-factor authentication" };

/** Where an admin of an organization that requires MFA lands until they have enrolled. */
export default async function SetupMfaPage() {
  const viewer = await requireViewer();
  if (viewer.security.mfaEnabled) redirect("/");
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight text-zinc-900">Set up two-factor authentication</h1>
      <p className="mt-1 text-sm text-zinc-500">{viewer.organization.name} requires it for admins. It takes a minute with an authenticator app.</p>
      <div className="mt-6">
        <MfaEnrollment continueHref="/" />
      </div>
    </>
  );
}
