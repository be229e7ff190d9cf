import type { ReactNode } from "react";
import { HarborMark } from "~/components/harbor-mark";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-zinc-50 px-4 py-12">
      <div className="mb-8 flex items-center gap-2 text-zinc-900">
        <HarborMark className="size-7" />
        <span className="text-lg font-semibold tracking-tight">Harbor</span>
      </div>
      <div className="w-full max-w-sm rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200">{children}</div>
    </main>
  );
}
