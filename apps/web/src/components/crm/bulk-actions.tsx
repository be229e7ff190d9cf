"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { AssigneeSelect } from "~/components/crm/assignee-select";
import { Button } from "~/components/ui/button";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { ExportCsvButton } from "~/components/ui/export-csv-button";
import { Options, SelectField, TextField } from "~/components/ui/field";
import type { Column } from "~/components/ui/table";
import { Td } from "~/components/ui/table";
import { useToast } from "~/components/ui/toast";
import { describeApiError } from "~/lib/api-errors";
import { cn } from "~/lib/cn";
import { formatCount } from "~/lib/format";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";
import { describeBulkResult, type BulkResult, type Nouns } from "./bulk-result";

// The one bulk selection of the CRM lists (leads, contacts, deals, tasks, policies): a checkbox
// column (space toggles a row; the heading's box the page), "select all N matching" (the list's
// filter, not the page), and the action bar calling crm.bulk.* with the ticked ids or the filter.

type BulkInputs = RouterInputs["crm"]["bulk"];
export type BulkEntity = BulkInputs["export"]["entity"];

export interface BulkSelection {
  ids: ReadonlySet<string>;
  /** Every record the list's filter matches, not only the ticked ones. */
  allMatching: boolean;
  size: number;
  has: (id: string) => boolean;
  toggle: (id: string, pageIds: readonly string[]) => void;
  setPage: (pageIds: readonly string[], checked: boolean) => void;
  selectAllMatching: () => void;
  clear: () => void;
}

/** The selection of one list; it starts over whenever the list's filter changes. */
export function useBulkSelection(filter: object): BulkSelection {
  const key = JSON.stringify(filter);
  const [state, setState] = useState<{ key: string; ids: ReadonlySet<string>; allMatching: boolean }>({ key, ids: new Set(), allMatching: false });
  const current = state.key === key ? state : { key, ids: new Set<string>(), allMatching: false };
  const update = (ids: ReadonlySet<string>, allMatching = false) => setState({ key, ids, allMatching });
  return {
    ids: current.ids,
    allMatching: current.allMatching,
    size: current.ids.size,
    has: (id) => current.allMatching || current.ids.has(id),
    toggle: (id, pageIds) => {
      // Unticking one row of "all matching" leaves the rest of the page ticked.
      const ids = new Set(current.allMatching ? pageIds : current.ids);
      if (ids.has(id)) ids.delete(id);
      else ids.add(id);
      update(ids);
    },
    setPage: (pageIds, checked) => {
      const ids = new Set(current.allMatching ? [] : current.ids);
      for (const id of pageIds) {
        if (checked) ids.add(id);
        else ids.delete(id);
      }
      update(ids);
    },
    selectAllMatching: () => update(current.ids, true),
    clear: () => update(new Set()),
  };
}

/** What a bulk selection of each kind is called, one and many. */
const bulkNouns: Record<BulkEntity, Nouns> = {
  lead: ["lead", "leads"],
  contact: ["contact", "contacts"],
  opportunity: ["deal", "deals"],
  task: ["task", "tasks"],
  policy: ["policy", "policies"],
};

/** A list's selection with what its controls need: the kind of record, the filter "all matching" sends, the page's ids, the count. */
export interface BulkList {
  entity: BulkEntity;
  selection: BulkSelection;
  /** The list's input without its page. */
  filter: object;
  pageIds: readonly string[];
  total: number;
  totalCapped: boolean;
}

/** The bulk selection of a list of `entity` records showing `rows` (every page loaded) of `total` matches of `filter`. */
export function useBulkList(entity: BulkEntity, filter: object, rows: readonly { id: string }[], { total, totalCapped }: { total: number; totalCapped: boolean }): BulkList {
  const selection = useBulkSelection(filter);
  return { entity, selection, filter, pageIds: rows.map((row) => row.id), total, totalCapped };
}

/** Ticks or unticks every row on the page (indeterminate while only some are ticked). */
export function PageCheckbox({ list: { entity, selection, pageIds } }: { list: BulkList }) {
  const ticked = pageIds.filter((id) => selection.has(id)).length;
  return (
    <input
      type="checkbox"
      aria-label={`Select all ${bulkNouns[entity][1]} on this page`}
      checked={pageIds.length > 0 && ticked === pageIds.length}
      ref={(box) => {
        if (box) box.indeterminate = ticked > 0 && ticked < pageIds.length;
      }}
      onChange={(event) => selection.setPage(pageIds, event.target.checked)}
      className="size-4 accent-indigo-600"
      data-testid="select-page"
    />
  );
}

/** The heading of a table's checkbox column. */
export function selectColumn(list: BulkList): Column {
  return { label: "Select", className: "w-10", content: <PageCheckbox list={list} /> };
}

/** One row's checkbox; clicks stop here, so a clickable row does not open. */
export function RowCheckbox({ list: { selection, pageIds }, id, name, className }: { list: BulkList; id: string; name: string; className?: string }) {
  return (
    <input
      type="checkbox"
      aria-label={`Select ${name}`}
      checked={selection.has(id)}
      onChange={() => selection.toggle(id, pageIds)}
      onClick={(event) => event.stopPropagation()}
      className={cn("size-4 accent-indigo-600", className)}
      data-testid="select-row"
    />
  );
}

/** A table row's checkbox cell. */
export function SelectRowCell(props: { list: BulkList; id: string; name: string }) {
  return (
    <Td className="w-10" onClick={(event) => event.stopPropagation()}>
      <RowCheckbox {...props} />
    </Td>
  );
}

export interface BulkActions {
  /** Owner (assignee for tasks). */
  assign?: boolean;
  /** Lead statuses, deal stages, task or policy statuses, with the control's label. */
  status?: { label: string; options: Parameters<typeof Options>[0]["options"] };
  tags?: boolean;
  /** Into the trash. */
  remove?: boolean;
}

/**
 * The bar above a list while something is ticked: how much is selected (and the offer to take every
 * match of the filter), then the actions the viewer may use, each one crm.bulk call.
 */
export function BulkActionBar({
  list: { entity, selection, filter, pageIds, total, totalCapped },
  actions,
  currentUserId,
}: {
  list: BulkList;
  actions: BulkActions;
  currentUserId: string;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [assignee, setAssignee] = useState<string | null>(currentUserId);
  const [status, setStatus] = useState("");
  const [tag, setTag] = useState("");

  const selected = selection.allMatching ? { filter } : { ids: [...selection.ids], filter };
  const target = { entity, selection: selected };
  const nouns = bulkNouns[entity];
  const settled = (done: (records: string) => string) => ({
    onSuccess: async (result: BulkResult) => {
      toast(describeBulkResult(done, result, nouns), result.skipped > 0 ? "info" : "success");
      selection.clear();
      await queryClient.invalidateQueries(trpc.crm.pathFilter());
    },
    onError: (error: unknown) => toast(describeApiError(error).message, "error"),
  });
  const assign = useMutation({ mutationFn: (userId: string) => client.crm.bulk.assign.mutate({ ...target, userId }), ...settled((records) => `Assigned ${records}`) });
  const setStatusOf = useMutation({ mutationFn: (value: string) => client.crm.bulk.setStatus.mutate({ ...target, status: value } as BulkInputs["setStatus"]), ...settled((records) => `Updated ${records}`) });
  const retag = useMutation({ mutationFn: (change: { add?: string[]; remove?: string[] }) => client.crm.bulk.tag.mutate({ ...target, ...change } as BulkInputs["tag"]), ...settled((records) => `Retagged ${records}`) });
  const remove = useConfirmedMutation(
    { mutationFn: (input: BulkInputs["delete"]) => client.crm.bulk.delete.mutate(input), ...settled((records) => `Moved ${records} to the trash`) },
    () => target as BulkInputs["delete"],
  );

  if (selection.size === 0 && !selection.allMatching) return null;
  const pending = assign.isPending || setStatusOf.isPending || retag.isPending || remove.mutation.isPending;
  const pageTicked = pageIds.length > 0 && pageIds.every((id) => selection.has(id));
  const [one, many] = nouns;
  const count = selection.allMatching ? `All ${formatCount(total, totalCapped)} matching ${many}` : `${selection.size.toLocaleString("en-US")} ${selection.size === 1 ? one : many}`;
  const trimmedTag = tag.trim();

  return (
    <section aria-label="Bulk actions" className="mt-4 flex flex-wrap items-end gap-3 rounded-lg bg-indigo-50 p-3 ring-1 ring-indigo-200" data-testid="bulk-bar">
      <div className="flex flex-col gap-1 self-center">
        <p className="text-sm font-medium text-indigo-950" data-testid="bulk-count" aria-live="polite">
          {count} selected
        </p>
        <div className="flex gap-2">
          {pageTicked && !selection.allMatching && total > pageIds.length ? (
            <Button variant="ghost" size="sm" onClick={selection.selectAllMatching} data-testid="bulk-select-all-matching">
              Select all {formatCount(total, totalCapped)} matching
            </Button>
          ) : null}
          <Button variant="ghost" size="sm" onClick={selection.clear}>
            Clear selection
          </Button>
        </div>
      </div>
      {actions.assign ? (
        <div className="flex items-end gap-2">
          <div className="w-52">
            <AssigneeSelect label={entity === "task" ? "Assign to" : "Owner"} value={assignee} onChange={setAssignee} currentUserId={currentUserId} />
          </div>
          <Button variant="secondary" disabled={!assignee || pending} onClick={() => assignee && assign.mutate(assignee)} data-testid="bulk-assign">
            Assign
          </Button>
        </div>
      ) : null}
      {actions.status ? (
        <div className="flex items-end gap-2">
          <SelectField label={actions.status.label} value={status} onChange={(event) => setStatus(event.target.value)} className="w-44" data-testid="bulk-status">
            <option value="">Choose…</option>
            <Options options={actions.status.options} />
          </SelectField>
          <Button variant="secondary" disabled={!status || pending} onClick={() => setStatusOf.mutate(status)} data-testid="bulk-set-status">
            Set {actions.status.label.toLowerCase()}
          </Button>
        </div>
      ) : null}
      {actions.tags ? (
        <div className="flex items-end gap-2">
          <TextField label="Tag" value={tag} onChange={(event) => setTag(event.target.value)} maxLength={50} className="w-36" data-testid="bulk-tag" />
          <Button variant="secondary" disabled={!trimmedTag || pending} onClick={() => retag.mutate({ add: [trimmedTag] })} data-testid="bulk-tag-add">
            Add tag
          </Button>
          <Button variant="secondary" disabled={!trimmedTag || pending} onClick={() => retag.mutate({ remove: [trimmedTag] })} data-testid="bulk-tag-remove">
            Remove tag
          </Button>
        </div>
      ) : null}
      <div className="ml-auto flex items-end gap-2">
        <ExportCsvButton noun={many} label="Export selected" testId="bulk-export" run={() => client.crm.bulk.export.mutate(target)} />
        {actions.remove ? (
          <Button variant="danger" disabled={pending} onClick={() => remove.ask(true)} data-testid="bulk-delete">
            Delete
          </Button>
        ) : null}
      </div>
      <ConfirmDialog
        {...remove.dialog}
        title={`Delete ${count.toLowerCase()}?`}
        description={`They go to the trash, from where each can be restored for 30 days. ${one === "policy" ? "" : "Their timelines stay with them."}`}
        confirmLabel="Move to trash"
      />
    </section>
  );
}
