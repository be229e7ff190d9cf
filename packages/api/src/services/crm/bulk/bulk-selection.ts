import type { Actor } from "../../../access/actor";
import { fieldError } from "../../../errors";
import { walkList, type CsvExport, type ListPage } from "../../export";
import { exportContacts, listContacts } from "../contacts";
import { exportLeads, listLeads } from "../leads";
import { exportOpportunities, listOpportunities } from "../opportunities";
import { exportPolicies, listPolicies } from "../policies";
import { exportTasks, listTasks } from "../tasks";
import { BULK_MAX_RECORDS } from "./bulk-limits";

// What a bulk action acts on: the ids ticked on screen, or every record the list's own filter
// matches ("select all N matching"), found by walking the list service itself — so a filter
// selects exactly what the caller's list shows, within their scope.

export const bulkEntities = ["lead", "contact", "opportunity", "task", "policy"] as const;
export type BulkEntity = (typeof bulkEntities)[number];

export interface BulkSelection {
  ids?: string[] | undefined;
  /** The list's input without its page (the same as its export's). */
  filter?: object | undefined;
}

type ListOf = (input: { actor: Actor; cursor?: string; limit: number }) => Promise<ListPage<{ id: string }>>;
type ExporterOf = (input: { actor: Actor }, selection?: { ids?: ReadonlySet<string> }) => Promise<CsvExport>;

const lists = { lead: listLeads, contact: listContacts, opportunity: listOpportunities, task: listTasks, policy: listPolicies } as unknown as Record<BulkEntity, ListOf>;
const exporters = { lead: exportLeads, contact: exportContacts, opportunity: exportOpportunities, task: exportTasks, policy: exportPolicies } as unknown as Record<BulkEntity, ExporterOf>;

const SELECTION_PAGE = 500;

/** The selected ids, each once; a filter matching more than BULK_MAX_RECORDS is refused, naming it. */
export async function selectedIds(actor: Actor, entity: BulkEntity, selection: BulkSelection): Promise<string[]> {
  if (selection.ids) return [...new Set(selection.ids)];
  const list = lists[entity];
  const { rows, truncated } = await walkList({
    readPage: (page) => list({ ...selection.filter, actor, ...page }),
    maxRows: BULK_MAX_RECORDS,
    pageSize: SELECTION_PAGE,
  });
  if (truncated) throw fieldError("selection.filter", `More than ${BULK_MAX_RECORDS.toLocaleString("en-US")} records match; narrow the filter or act on them in parts`);
  return rows.map((row) => row.id);
}

/**
 * The selection as the list's CSV export (services/export: the caller's scope, formula cells
 * neutralized): the list with the filter, restricted to the ticked ids when there are any.
 */
export function exportSelection({ actor, entity, selection }: { actor: Actor; entity: BulkEntity; selection: BulkSelection }): Promise<CsvExport> {
  return exporters[entity]({ ...selection.filter, actor }, selection.ids ? { ids: new Set(selection.ids) } : undefined);
}
