import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { HarborMark } from "~/components/harbor-mark";
import { NavLinks } from "~/components/nav-links";
import { NotificationBell } from "~/components/notification-bell";
import { RealtimeProvider } from "~/components/realtime/realtime-provider";
import { CommandSearch } from "~/components/search/command-search";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ToastProvider } from "~/components/ui/toast";
import { initials, roleLabels } from "~/lib/format";
import { signOutAction } from "~/server/auth-actions";
import { requireViewer } from "~/server/caller";
import { realtimeSettings } from "~/server/realtime";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  // The API refuses a pending account everything but its own account procedures; the pages follow.
  if (viewer.security.pending === "email_verification") redirect("/verify-email");
  if (viewer.security.pending === "mfa_enrollment") redirect("/setup-mfa");
  const { user, organization } = viewer;

  return (
    <RealtimeProvider settings={realtimeSettings({ userId: user.id, organizationId: organization.id })}>
      <div className="flex min-h-screen">
        <aside className="sticky top-0 flex h-screen w-60 shrink-0 flex-col border-r border-zinc-200 bg-zinc-50">
          <div className="flex h-14 items-center gap-2 px-4">
            <HarborMark className="size-6" />
            <div className="min-w-0">
              <p className="truncate text-sm font-semibold text-zinc-900" title={organization.name} data-testid="organization-name">
                {organization.name}
              </p>
              <p className="text-xs text-zinc-500">Harbor</p>
            </div>
          </div>
          <div className="flex-1 overflow-y-auto px-3 py-2">
            <NavLinks />
          </div>
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="flex h-14 items-center justify-end gap-3 border-b border-zinc-200 px-6">
            <CommandSearch />
            <NotificationBell />
            <div className="flex items-center gap-2.5" data-testid="current-user">
              <span
                aria-hidden="true"
                className="flex size-7 items-center justify-center rounded-full bg-indigo-100 text-xs font-semibold text-indigo-700"
              >
                {initials(user.name)}
              </span>
              <div className="text-right leading-tight">
                <p className="text-sm font-medium text-zinc-900">{user.name}</p>
                <p className="text-xs text-zinc-500">{user.email}</p>
              </div>
              <Badge tone="indigo">{roleLabels[user.role]}</Badge>
            </div>
            <form action={signOutAction}>
              <Button type="submit" variant="ghost" size="sm">
                Sign out
              </Button>
            </form>
          </header>
          <main className="mx-auto w-full max-w-7xl flex-1 px-8 py-8">
            <ToastProvider>{children}</ToastProvider>
          </main>
        </div>
      </div>
    </RealtimeProvider>
  );
}
