import { db, Prisma, type LeadKind, type LeadStatus, type OpportunityStage, type Priority, type TicketStatus } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { ownedRecordScopeSql } from "../crm/crm-sql";
import { containsPattern, personSearchSql, phoneDigitsOf } from "../crm/person-search";
import { ticketNumberOf } from "../crm/tickets/read-tickets";
import { ticketScopeSql } from "../crm/tickets/ticket-scope";

// The search box: contacts, leads, deals and tickets matching a term, each kind within the
// actor's record scope (an agent never finds another agent's lead). People (contacts, leads)
// match on their search_text (see crm/person-search); opportunity titles and ticket subjects by
// ILIKE '%term%' on their trigram indexes. Hits are ordered by trigram similarity to the term.
// The four lookups run in parallel.
//
// Cost is bounded: each lookup ranks a bounded set of candidates. A term that common ("smith" in a
// book of 100k) matches thousands; ranking them all would cost more than the screen is worth, and
// a term specific enough to want (a full name, an email) matches far fewer, so its results are
// ranked completely. People's candidates are their PEOPLE_CANDIDATES newest matches, which the
// (organization, created_at) and (organization, owner, created_at) indexes reach by walking until
// enough match (common terms) and the trigram index by its matches (rare ones); deals and tickets
// rank the first CANDIDATES matches found.

export const searchKinds = ["contacts", "leads", "deals", "tickets"] as const;
export type SearchKind = (typeof searchKinds)[number];

const CANDIDATES = 200;
const PEOPLE_CANDIDATES = 25;

export interface ContactHit {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
}

export interface LeadHit extends ContactHit {
  kind: LeadKind;
  status: LeadStatus;
}

export interface DealHit {
  id: string;
  title: string;
  stage: OpportunityStage;
  value: number;
  contactName: string | null;
}

export interface TicketHit {
  id: string;
  number: number;
  subject: string;
  status: TicketStatus;
  priority: Priority;
}

export interface GlobalSearchResult {
  contacts: ContactHit[];
  leads: LeadHit[];
  deals: DealHit[];
  tickets: TicketHit[];
}

interface Term {
  text: string;
  pattern: string;
  phoneDigits: string | null;
}

function termOf(q: string): Term {
  const text = q.trim();
  return { text, pattern: containsPattern(text), phoneDigits: phoneDigitsOf(text) };
}

/** People (contacts, leads): a name match ranks by the name; otherwise by the field that matched. */
function personScore(alias: string, term: Term): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  const others = [
    Prisma.sql`similarity(coalesce(${column("email")}, ''), ${term.text})`,
    Prisma.sql`similarity(coalesce(${column("company")}, ''), ${term.text})`,
    ...(term.phoneDigits !== null ? [Prisma.sql`similarity(coalesce(${column("phone")}, ''), ${term.text})`] : []),
  ];
  return Prisma.sql`CASE WHEN ${column("name")} ILIKE ${term.pattern} THEN similarity(${column("name")}, ${term.text})
    ELSE greatest(${Prisma.join(others, ", ")}) END`;
}

function searchContacts(actor: Actor, term: Term, limit: number) {
  return db.$queryRaw<ContactHit[]>`
    SELECT c.id, c.name, c.email, c.phone, c.company
    FROM (
      SELECT c.id, c.name, c.email, c.phone, c.company FROM contacts c
      WHERE ${ownedRecordScopeSql(actor, "c")} AND ${personSearchSql("c", term.text)}
      ORDER BY c.created_at DESC, c.id DESC
      LIMIT ${PEOPLE_CANDIDATES}
    ) c
    ORDER BY ${personScore("c", term)} DESC, c.name, c.id
    LIMIT ${limit}`;
}

function searchLeads(actor: Actor, term: Term, limit: number) {
  return db.$queryRaw<LeadHit[]>`
    SELECT l.id, l.name, l.email, l.phone, l.company, l.kind::text AS kind, l.status::text AS status
    FROM (
      SELECT l.id, l.name, l.email, l.phone, l.company, l.kind, l.status FROM leads l
      WHERE ${ownedRecordScopeSql(actor, "l")} AND ${personSearchSql("l", term.text)}
      ORDER BY l.created_at DESC, l.id DESC
      LIMIT ${PEOPLE_CANDIDATES}
    ) l
    ORDER BY ${personScore("l", term)} DESC, l.name, l.id
    LIMIT ${limit}`;
}

async function searchDeals(actor: Actor, term: Term, limit: number): Promise<DealHit[]> {
  const rows = await db.$queryRaw<(Omit<DealHit, "value"> & { value: number })[]>`
    SELECT o.id, o.title, o.stage::text AS stage, o.value::float8 AS value,
      (SELECT name FROM contacts WHERE contacts.id = o.contact_id) AS "contactName"
    FROM (
      SELECT o.id, o.title, o.stage, o.value, o.contact_id FROM opportunities o
      WHERE ${ownedRecordScopeSql(actor, "o")} AND o.title ILIKE ${term.pattern}
      LIMIT ${CANDIDATES}
    ) o
    ORDER BY similarity(o.title, ${term.text}) DESC, o.title, o.id
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, value: Number(row.value) }));
}

function searchTickets(actor: Actor, term: Term, limit: number) {
  const number = ticketNumberOf(term.text);
  return db.$queryRaw<TicketHit[]>`
    SELECT t.id, t.number, t.subject, t.status::text AS status, t.priority::text AS priority
    FROM (
      SELECT t.id, t.number, t.subject, t.status, t.priority FROM tickets t
      WHERE ${ticketScopeSql(actor, "t")}
        AND (t.subject ILIKE ${term.pattern}${number !== null ? Prisma.sql` OR t.number = ${number}` : Prisma.empty})
      LIMIT ${CANDIDATES}
    ) t
    ORDER BY ${number !== null ? Prisma.sql`(t.number = ${number}) DESC, ` : Prisma.empty}similarity(t.subject, ${term.text}) DESC, t.number DESC
    LIMIT ${limit}`;
}

export interface GlobalSearchInput {
  actor: Actor;
  q: string;
  type?: SearchKind;
  limit?: number;
}

export async function globalSearch({ actor, q, type, limit = 5 }: GlobalSearchInput): Promise<GlobalSearchResult> {
  const term = termOf(q);
  const take = Math.min(Math.max(Math.trunc(limit), 1), 10);
  const wanted = (kind: SearchKind) => term.text.length > 0 && (type === undefined || type === kind);
  const [contacts, leads, deals, tickets] = await Promise.all([
    wanted("contacts") ? searchContacts(actor, term, take) : [],
    wanted("leads") ? searchLeads(actor, term, take) : [],
    wanted("deals") ? searchDeals(actor, term, take) : [],
    wanted("tickets") ? searchTickets(actor, term, take) : [],
  ]);
  return { contacts, leads, deals, tickets };
}
