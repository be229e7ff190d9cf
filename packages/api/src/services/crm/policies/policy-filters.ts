import { Prisma, type PolicyStatus, type PolicyType } from "@harbor/db";
import { sqlAlias } from "../../../access/scopes/owned-record-scope";
import { containsText } from "../../text-search";
import { sqlDate } from "../crm-sql";
import { containsPattern } from "../person-search";

/**
 * What the policies page filters by; the list, its totals and its export take the same: the list as
 * SQL (policyFilterSql), the totals and export through Prisma (policyFilterWhere), the same rules.
 */
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

/**
 * policyFilterWhere as SQL over the policies row aliased `alias` (the list, read in one statement).
 * The contact's owner and name are looked up per policy by primary key.
 */
export function policyFilterSql({ search, contactId, type, status, carrier, ownerId, renewalFrom, renewalTo, renewalBefore }: PolicyFilters, alias: string): Prisma.Sql[] {
  const p = sqlAlias(alias);
  const contact = (column: "owner_id" | "name") => Prisma.sql`(SELECT filter_contact.${Prisma.raw(column)} FROM contacts filter_contact WHERE filter_contact.id = ${p}.contact_id)`;
  const filters: Prisma.Sql[] = [];
  if (contactId) filters.push(Prisma.sql`${p}.contact_id = ${contactId}::uuid`);
  if (type) filters.push(Prisma.sql`${p}.type = ${type}::"PolicyType"`);
  if (status) filters.push(Prisma.sql`${p}.status = ${status}::"PolicyStatus"`);
  if (carrier) filters.push(Prisma.sql`${p}.carrier ILIKE ${containsPattern(carrier)}`);
  if (ownerId) filters.push(Prisma.sql`${contact("owner_id")} = ${ownerId}::uuid`);
  if (renewalFrom) filters.push(Prisma.sql`${p}.renewal_date >= ${sqlDate(renewalFrom)}`);
  if (renewalTo) filters.push(Prisma.sql`${p}.renewal_date <= ${sqlDate(renewalTo)}`);
  if (renewalBefore) filters.push(Prisma.sql`${p}.renewal_date <= ${sqlDate(renewalBefore)}`);
  if (search) {
    const pattern = containsPattern(search);
    filters.push(Prisma.sql`(${p}.policy_number ILIKE ${pattern} OR ${p}.carrier ILIKE ${pattern} OR ${contact("name")} ILIKE ${pattern})`);
  }
  return filters;
}
