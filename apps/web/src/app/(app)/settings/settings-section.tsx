import type { ReactNode } from "react";

export function SettingsSection({
  id,
  title,
  description,
  actions,
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-8" data-testid={`${id}-section`}>
      <div className="flex items-end justify-between gap-4 border-b border-zinc-200 pb-3">
        <div>
          <h2 id={`${id}-heading`} className="text-base font-semibold text-zinc-900">
            {title}
          </h2>
          <p className="mt-0.5 text-sm text-zinc-500">{description}</p>
        </div>
        {actions}
      </div>
      <div className="mt-4">{children}</div>
    </section>
  );
}
