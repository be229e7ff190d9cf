import type { ReactNode } from "react";
import { ToastProvider } from "~/components/ui/toast";
import { CrmNav } from "./crm-nav";

export default function CrmLayout({ children }: { children: ReactNode }) {
  return (
    <ToastProvider>
      <div className="border-b border-zinc-200">
        <CrmNav />
      </div>
      <div className="mt-6">{children}</div>
    </ToastProvider>
  );
}
