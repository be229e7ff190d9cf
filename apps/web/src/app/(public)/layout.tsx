import type { ReactNode } from "react";
import { HarborMark } from "~/components/harbor-mark";

/** Pages anyone may open without signing in (a survey's link). */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center bg-zinc-50 px-4 py-12">
      <div className="w-full max-w-xl rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200">{children}</div>
      <p className="mt-6 flex items-center gap-1.5 text-xs text-zinc-400">
        <HarborMark className="size-4" />
        Sent with Harbor
      </p>
    </main>
  );
}
