import type { RouterInputs } from "~/trpc/types";

export type AuditActorType = NonNullable<RouterInputs["admin"]["audit"]["list"]["actorType"]>;

/** What the audit page's filter bar holds; dates are <input type="date"> values, in the viewer's time zone. */
export interface AuditFilterState {
  actorType: AuditActorType | "all";
  actorId: string;
  entityType: string;
  entityId: string;
  action: string;
  fromDay: string;
  toDay: string;
}

export const emptyAuditFilters: AuditFilterState = { actorType: "all", actorId: "", entityType: "", entityId: "", action: "", fromDay: "", toDay: "" };

export const actorTypeLabels: Record<AuditActorType, string> = { user: "Person", api_key: "API key", ai: "Copilot", system: "Automation" };

/** The start of a local day ("2026-12-05"), or undefined for an empty or invalid value. */
function localDayStart(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The filters as admin.audit.list / admin.audit.export take them: empty fields left out, and the
 * date range from the start of the first day to the end of the last (the API's `to` is exclusive).
 */
export function auditQueryOf(state: AuditFilterState): RouterInputs["admin"]["audit"]["export"] {
  const from = localDayStart(state.fromDay);
  const lastDay = localDayStart(state.toDay);
  const to = lastDay ? new Date(lastDay.getFullYear(), lastDay.getMonth(), lastDay.getDate() + 1) : undefined;
  return {
    ...(state.actorType !== "all" ? { actorType: state.actorType } : {}),
    ...(state.actorId ? { actorId: state.actorId } : {}),
    ...(state.entityType.trim() ? { entityType: state.entityType.trim() } : {}),
    ...(state.entityId.trim() ? { entityId: state.entityId.trim() } : {}),
    ...(state.action.trim() ? { action: state.action.trim() } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}
