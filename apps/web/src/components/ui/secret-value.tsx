import { CopyButton } from "./copy-button";

/** A value shown once (an API key, a temporary password), with a copy button beside it. */
export function SecretValue({ value, testId }: { value: string; testId: string }) {
  return (
    <div className="flex items-center gap-2 rounded-md bg-zinc-50 p-2 ring-1 ring-zinc-200">
      <code data-testid={testId} className="min-w-0 flex-1 select-all break-all font-mono text-xs text-zinc-900">
        {value}
      </code>
      <CopyButton value={value} />
    </div>
  );
}
