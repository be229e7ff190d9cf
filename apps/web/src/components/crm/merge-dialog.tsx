"use client";

import { type ReactNode, useState } from "react";
import { ErrorAlert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { loserFields, MergeFieldTable, type MergeRow, type MergeSide } from "./merge-field-table";

interface Named {
  id: string;
  name: string;
}

/** A field the merge lets the user pick: its name in the merge input, its label, and how a record shows it. */
export type MergeField<T> = readonly [field: string, label: string, text: (record: T) => string];

type MergeInput = { survivorId: string; loserId: string; fields: Record<string, "loser"> };

/**
 * The merge of two records (contacts, leads): which one stays, and per field whose value it keeps
 * (the side-by-side table); the other goes to the trash, where restoring it undoes the merge.
 * The caller finds the other record (`picker`, `other` once loaded), names the fields and runs the merge.
 */
export function MergeDialog<T extends Named>({
  title,
  testId,
  record,
  other,
  picker,
  fields,
  movesOf,
  submitLabel,
  merge,
  error,
  onClose,
}: {
  title: string;
  testId: string;
  record: T;
  other: T | null;
  picker: ReactNode;
  fields: readonly MergeField<T>[];
  /** What moves with the record that goes, e.g. "2 policies, 1 deal". */
  movesOf: (record: T) => string;
  submitLabel: string;
  merge: { isPending: boolean; error: unknown; mutate: (input: MergeInput) => void };
  /** Why the other record could not be loaded. */
  error: unknown;
  onClose: () => void;
}) {
  const [survivor, setSurvivor] = useState<MergeSide>("left");
  const [choices, setChoices] = useState<Partial<Record<string, MergeSide>>>({});
  const rows: MergeRow[] = other ? fields.map(([field, label, text]) => ({ field, label, left: text(record), right: text(other) })) : [];
  const loser = survivor === "left" ? other : record;
  const pending = merge.isPending;
  return (
    <Dialog open onClose={onClose} title={title} data-testid={testId}>
      <div className="space-y-4">
        {picker}
        {other && rows.length > 0 ? (
          <>
            <fieldset className="flex flex-wrap gap-4 text-sm">
              <legend className="mb-1 text-zinc-600">Which record stays?</legend>
              {(["left", "right"] as const).map((side) => (
                <label key={side} className="flex items-center gap-1.5">
                  <input type="radio" name="merge-survivor" checked={survivor === side} onChange={() => setSurvivor(side)} data-testid={`merge-survivor-${side}`} />
                  {side === "left" ? `${record.name} (this one)` : other.name}
                </label>
              ))}
            </fieldset>
            <MergeFieldTable
              rows={rows}
              leftTitle={`${record.name} (this one)`}
              rightTitle={other.name}
              choices={choices}
              survivor={survivor}
              onChoose={(field, side) => setChoices((current) => ({ ...current, [field]: side }))}
            />
            <p className="text-xs text-zinc-600" data-testid="merge-moves">
              {loser
                ? `${loser.name}'s ${movesOf(loser)} move to the record that stays; tags are combined. ${loser.name} goes to the trash: restoring it from the trash undoes the merge.`
                : null}
            </p>
          </>
        ) : null}
        <ErrorAlert error={merge.error ?? error} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button
            disabled={!other || rows.length === 0 || pending}
            onClick={() => {
              if (!other) return;
              const [survivorId, loserId] = survivor === "left" ? [record.id, other.id] : [other.id, record.id];
              merge.mutate({ survivorId, loserId, fields: loserFields(rows, choices, survivor) });
            }}
            data-testid="confirm-merge"
          >
            {pending ? "Merging…" : submitLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

/** "2 policies, 1 deal": counts with their nouns. */
export function countsText(parts: readonly (readonly [number, string, string])[]) {
  return parts.map(([count, one, many]) => `${count} ${count === 1 ? one : many}`).join(", ");
}
