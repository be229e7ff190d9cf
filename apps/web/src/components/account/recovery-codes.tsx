import { Alert } from "~/components/ui/alert";
import { CopyButton } from "~/components/ui/copy-button";

/** Recovery codes, shown once: Harbor keeps only their hashes. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="space-y-3" data-testid="recovery-codes">
      <Alert tone="warning">
        Save these recovery codes somewhere safe. Each signs you in once if you lose your phone. This is the only time they are shown.
      </Alert>
      <ul className="grid grid-cols-2 gap-2 rounded-md bg-zinc-50 p-3 font-mono text-sm text-zinc-800">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <CopyButton value={codes.join("\n")} label="Copy codes" />
    </div>
  );
}
