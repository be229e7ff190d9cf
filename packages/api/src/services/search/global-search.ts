import { Prisma, readRows, type LeadKind, type LeadStatus, type OpportunityStage, type Priority, type TicketStatus } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { sqlCount } from "../crm/crm-sql";
import { ownedRecordScopeSql } from "../../access/scopes/owned-record-scope";
import { containsPattern, newestPersonMatchesSql, phoneDigitsOf } from "../crm/person-search";
import { ticketNumberOf } from "../crm/tickets";
import { ticketScopeSql } from "../../access/scopes/ticket-scope";

// The search box: contacts, leads, deals and tickets matching a term, each kind within the
// actor's record scope (an agent never finds another agent's lead). People (contacts, leads)
// match on their search_text (see crm/person-search); opportunity titles and ticket subjects by
// ILIKE '%term%' on their trigram indexes. Hits are ordered by trigram similarity to the term.
// The four lookups run as one statement.
//
// Cost is bounded: each lookup ranks a bounded set of candidates. A term that common ("smith" in a
// book of 100k) matches thousands; ranking them all would cost more than the screen is worth, and
// a term specific enough to want (a full name, an email) matches far fewer, so its results are
// ranked completely. People's candidates are their PEOPLE_CANDIDATES newest matches, found as ids
// alone by newestPersonMatchesSql (crm/person-search) — among the newest rows for a common term,
// through the trigram index for a rare one, with a plan that is the same for every term, so the
// statement is prepared once rather than planned on every keystroke (2 ms of planning against
// ~1 ms of work) — then read and ranked; deals and tickets rank the first CANDIDATES matches found.
// Read through readRows (@harbor/db), not Prisma: the search box is asked on every keystroke.

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

// Each kind's hits as a query whose rows carry their rank (`position`); globalSearch folds the four
// into one statement, so a search costs one round trip rather than four.

/** Contacts or leads: the newest candidates, ranked; leads carry their kind and status too. */
function personHits(actor: Actor, term: Term, limit: number, table: "contacts" | "leads"): Prisma.Sql {
  const alias = table === "contacts" ? "c" : "l";
  const a = Prisma.raw(alias);
  const leadColumns = table === "leads" ? Prisma.sql`, ${a}.kind, ${a}.status` : Prisma.empty;
  return Prisma.sql`
    SELECT ${a}.id, ${a}.name, ${a}.email, ${a}.phone, ${a}.company${leadColumns},
      row_number() OVER (ORDER BY ${personScore(alias, term)} DESC, ${a}.name, ${a}.id) AS position
    FROM (${newestPersonMatchesSql({ table, alias, conditions: ownedRecordScopeSql(actor, alias), term: term.text, take: PEOPLE_CANDIDATES })}) candidates
    JOIN ${Prisma.raw(`${table} ${alias}`)} ON ${a}.id = candidates.id
    ORDER BY position
    LIMIT ${sqlCount(limit)}`;
}

function dealHits(actor: Actor, term: Term, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT o.id, o.title, o.stage, o.value::float8 AS value,
      (SELECT name FROM contacts WHERE contacts.id = o.contact_id) AS "contactName",
      row_number() OVER (ORDER BY similarity(o.title, ${term.text}) DESC, o.title, o.id) AS position
    FROM (
      SELECT o.id, o.title, o.stage, o.value, o.contact_id FROM opportunities o
      WHERE ${ownedRecordScopeSql(actor, "o")} AND o.title ILIKE ${term.pattern}
      LIMIT ${sqlCount(CANDIDATES)}
    ) o
    ORDER BY position
    LIMIT ${sqlCount(limit)}`;
}

function ticketHits(actor: Actor, term: Term, limit: number): Prisma.Sql {
  const number = ticketNumberOf(term.text);
  const exact = number !== null ? Prisma.sql`(t.number = ${number}) DESC, ` : Prisma.empty;
  return Prisma.sql`
    SELECT t.id, t.number, t.subject, t.status, t.priority,
      row_number() OVER (ORDER BY ${exact}similarity(t.subject, ${term.text}) DESC, t.number DESC) AS position
    FROM (
      SELECT t.id, t.number, t.subject, t.status, t.priority FROM tickets t
      WHERE ${ticketScopeSql(actor, "t")}
        AND (t.subject ILIKE ${term.pattern}${number !== null ? Prisma.sql` OR t.number = ${number}` : Prisma.empty})
      LIMIT ${sqlCount(CANDIDATES)}
    ) t
    ORDER BY position
    LIMIT ${sqlCount(limit)}`;
}

/** A kind's hits as one JSON array in rank order, or an empty array when the kind is not wanted. */
function hitsArray(hits: Prisma.Sql | null): Prisma.Sql {
  if (hits === null) return Prisma.sql`'[]'::jsonb`;
  return Prisma.sql`(SELECT coalesce(jsonb_agg(to_jsonb(h) - 'position' ORDER BY h.position), '[]'::jsonb) FROM (${hits}) h)`;
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
  const wanted = (kind: SearchKind) => type === undefined || type === kind;
  if (term.text.length === 0) return { contacts: [], leads: [], deals: [], tickets: [] };
  const [result] = await readRows<GlobalSearchResult>(Prisma.sql`
    SELECT
      ${hitsArray(wanted("contacts") ? personHits(actor, term, take, "contacts") : null)} AS contacts,
      ${hitsArray(wanted("leads") ? personHits(actor, term, take, "leads") : null)} AS leads,
      ${hitsArray(wanted("deals") ? dealHits(actor, term, take) : null)} AS deals,
      ${hitsArray(wanted("tickets") ? ticketHits(actor, term, take) : null)} AS tickets`);
  return result ?? { contacts: [], leads: [], deals: [], tickets: [] };
}
