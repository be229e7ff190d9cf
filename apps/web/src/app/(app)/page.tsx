import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "~/components/page-header";
import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/cn";
import { formatDate, formatRelative, roleLabels } from "~/lib/format";
import { areaLabel, groupPermissions } from "~/lib/permissions";
import { requireViewer } from "~/server/caller";

export const metadata: Metadata = { title: "Home" };

function Detail({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="flex justify-between gap-4 py-2 text-sm">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="text-right font-medium text-zinc-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** A card of the home page, named by its heading. */
function Card({ id, title, className, children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section className={cn("rounded-xl border border-zinc-200 p-5", className)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-sm font-semibold text-zinc-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function HomePage() {
  const viewer = await requireViewer();
  const { user, organization, permissions } = viewer;
  const firstName = user.name.split(/\s+/)[0] ?? user.name;
  const canManageUsers = permissions.includes("users:manage");

  return (
    <>
      <PageHeader title={`Welcome, ${firstName}`} description="Your account and what your role lets you do in Harbor." />

      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <Card id="account" title="Your account">
          <dl className="mt-2 divide-y divide-zinc-100">
            <Detail label="Name">{user.name}</Detail>
            <Detail label="Email" testId="home-email">
              {user.email}
            </Detail>
            <Detail label="Role" testId="home-role">
              {roleLabels[user.role]}
            </Detail>
            <Detail label="Team">{user.team?.name ?? "No team"}</Detail>
            <Detail label="Last sign-in">{formatRelative(user.lastLoginAt)}</Detail>
          </dl>
        </Card>

        <Card id="organization" title="Organization">
          <dl className="mt-2 divide-y divide-zinc-100">
            <Detail label="Agency" testId="home-organization">
              {organization.name}
            </Detail>
            <Detail label="Workspace id">
              <span className="font-mono text-xs">{organization.slug}</span>
            </Detail>
            <Detail label="Member since">{formatDate(user.createdAt)}</Detail>
          </dl>
          <div className="mt-4 flex flex-wrap gap-2 text-sm">
            {canManageUsers ? (
              <Link href="/settings#users" className="font-medium text-indigo-600 hover:text-indigo-500">
                Invite your team →
              </Link>
            ) : null}
            <Link href="/settings#api-keys" className="font-medium text-indigo-600 hover:text-indigo-500">
              Create an API key →
            </Link>
          </div>
        </Card>
      </div>

      <Card id="permissions" title="Permissions" className="mt-4">
        <p className="mt-1 text-sm text-zinc-500">
          What the {roleLabels[user.role].toLowerCase()} role may do. Records are further limited to what you own or your team
          handles, unless you are an admin or in compliance.
        </p>
        <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2" data-testid="home-permissions">
          {groupPermissions(permissions).map((group) => (
            <div key={group.area} className="flex items-baseline justify-between gap-3 text-sm">
              <dt className="font-medium text-zinc-700">{areaLabel(group.area)}</dt>
              <dd className="flex flex-wrap justify-end gap-1">
                {group.actions.map((action) => (
                  <Badge key={action}>{action}</Badge>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </Card>
    </>
  );
}
