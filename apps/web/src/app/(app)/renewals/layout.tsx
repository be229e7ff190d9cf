import type { ReactNode } from "react";
import { SectionNav } from "~/components/section-nav";
import { renewalsSections } from "./renewals-navigation";

export default function RenewalsLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <div className="border-b border-zinc-200">
        <SectionNav label="Renewals" sections={renewalsSections} />
      </div>
      <div className="mt-6">{children}</div>
    </>
  );
}
