"use client";

// The side-by-side of a merge (contacts, leads): one row per field, each record's value, and a
// radio per side where they differ; the survivor's column is chosen by default.

export type MergeSide = "left" | "right";

export interface MergeRow {
  field: string;
  label: string;
  left: string;
  right: string;
}

export function MergeFieldTable({
  rows,
  leftTitle,
  rightTitle,
  choices,
  survivor,
  onChoose,
}: {
  rows: MergeRow[];
  leftTitle: string;
  rightTitle: string;
  choices: Partial<Record<string, MergeSide>>;
  survivor: MergeSide;
  onChoose: (field: string, side: MergeSide) => void;
}) {
  return (
    <table className="w-full table-fixed text-sm" data-testid="merge-field-table">
      <caption className="sr-only">Pick the value to keep for each field</caption>
      <thead>
        <tr className="text-left text-xs text-zinc-500">
          <th scope="col" className="w-28 pb-1 font-medium">
            Field
          </th>
          <th scope="col" className="pb-1 font-medium">
            {leftTitle}
          </th>
          <th scope="col" className="pb-1 font-medium">
            {rightTitle}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100">
        {rows.map((row) => {
          const differ = row.left !== row.right;
          const chosen = choices[row.field] ?? survivor;
          return (
            <tr key={row.field} data-field={row.field}>
              <th scope="row" className="py-1.5 pr-2 text-left font-medium text-zinc-600">
                {row.label}
              </th>
              {(["left", "right"] as const).map((side) => (
                <td key={side} className="py-1.5 pr-2 align-top break-all">
                  {differ ? (
                    <label className="flex items-start gap-1.5">
                      <input
                        type="radio"
                        name={`merge-${row.field}`}
                        className="mt-1"
                        checked={chosen === side}
                        onChange={() => onChoose(row.field, side)}
                        aria-label={`Keep ${row[side] || "empty"} for ${row.label}`}
                        data-testid={`merge-${row.field}-${side}`}
                      />
                      <span className={chosen === side ? "text-zinc-900" : "text-zinc-500"}>{row[side] || "—"}</span>
                    </label>
                  ) : side === "left" ? (
                    <span className="text-zinc-700">{row.left || "—"}</span>
                  ) : (
                    <span className="text-xs text-zinc-400">same</span>
                  )}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The merge input's field choices: which fields take the loser's value. */
export function loserFields(rows: MergeRow[], choices: Partial<Record<string, MergeSide>>, survivor: MergeSide) {
  const fields: Record<string, "loser"> = {};
  for (const row of rows) {
    if (row.left !== row.right && (choices[row.field] ?? survivor) !== survivor) fields[row.field] = "loser";
  }
  return fields;
}
