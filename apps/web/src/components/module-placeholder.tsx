import { PageHeader } from "./page-header";

export interface ModulePlaceholderProps {
  title: string;
  summary: string;
  /** What the module will hold, stated plainly; nothing here is sample data. */
  plans: string[];
}

export function ModulePlaceholder({ title, summary, plans }: ModulePlaceholderProps) {
  return (
    <>
      <PageHeader title={title} description={summary} />
      <section
        data-testid="module-empty-state"
        className="mt-6 rounded-xl border border-dashed border-zinc-300 bg-zinc-50/50 px-6 py-12 text-center"
      >
        <p className="text-sm font-medium text-zinc-900">{title} is being built</p>
        <p className="mx-auto mt-1 max-w-md text-sm text-zinc-500">
          There is nothing to show here yet. When this module ships it will cover:
        </p>
        <ul className="mx-auto mt-4 max-w-md space-y-1 text-left text-sm text-zinc-600">
          {plans.map((plan) => (
            <li key={plan} className="flex gap-2">
              <span aria-hidden="true" className="mt-2 size-1 shrink-0 rounded-full bg-zinc-400" />
              {plan}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
