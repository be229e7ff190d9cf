import type { PolicyStatus, PolicyType, Prisma } from "@harbor/db";
import { containsText } from "../../text-search";

/** What the policies page filters by; the list, its totals and its export take the same. */
export interface PolicyFilters {
  search?: string;
  contactId?: string;
  type?: PolicyType;
  status?: PolicyStatus;
  /** A part of the carrier's name. */
  carrier?: string;
  /** The owner of the policy's contact (whom access follows). */
  ownerId?: string;
  /** The renewal window, both days included. */
  renewalFrom?: Date;
  renewalTo?: Date;
  /** Policies renewing on or before this day (renewal worklists). */
  renewalBefore?: Date;
}

export function policyFilterWhere({ search, contactId, type, status, carrier, ownerId, renewalFrom, renewalTo, renewalBefore }: PolicyFilters): Prisma.PolicyWhereInput {
  const filters: Prisma.PolicyWhereInput[] = [];
  if (contactId) filters.push({ contactId });
  if (type) filters.push({ type });
  if (status) filters.push({ status });
  if (carrier) filters.push({ carrier: containsText(carrier) });
  if (ownerId) filters.push({ contact: { is: { ownerId } } });
  if (renewalFrom) filters.push({ renewalDate: { gte: renewalFrom } });
  if (renewalTo) filters.push({ renewalDate: { lte: renewalTo } });
  if (renewalBefore) filters.push({ renewalDate: { lte: renewalBefore } });
  if (search) {
    filters.push({
      OR: [{ policyNumber: containsText(search) }, { carrier: containsText(search) }, { contact: { is: { name: containsText(search) } } }],
    });
  }
  return { AND: filters };
}
