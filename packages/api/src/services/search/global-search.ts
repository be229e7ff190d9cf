import { Prisma, readRows, type LeadKind, type LeadStatus, type OpportunityStage, type PolicyStatus, type PolicyType, type Priority, type TicketStatus } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { sqlCount } from "../crm/crm-sql";
import { ownedRecordScopeSql } from "../../access/scopes/owned-record-scope";
import { containsPattern, newestPersonMatchesSql, phoneDigitsOf } from "../crm/person-search";
import { ticketNumberOf } from "../crm/tickets";
import { ticketScopeSql } from "../../access/scopes/ticket-scope";
import { policyScopeSql } from "../../access/scopes/policy-scope";
import { organizationScope } from "../../access/organization-scope";

// The search box: contacts (also by customer code), leads, deals, tickets, policies by number and
// published knowledge matching a term, each kind within the actor's record scope (an agent never
// finds another agent's lead, nor the policy of another agent's contact). People (contacts, leads)
// match on their search_text (see crm/person-search); opportunity titles, ticket subjects and
// policy numbers by ILIKE '%term%' on their trigram indexes; knowledge titles and summaries by
// ILIKE over the organization's few hundred resources. Hits are ordered by trigram similarity to
// the term (an exact policy or ticket number first). The lookups run as one statement.
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

export const searchKinds = ["contacts", "leads", "deals", "tickets", "policies", "knowledge"] as const;
export type SearchKind = (typeof searchKinds)[number];

const CANDIDATES = 200;
const PEOPLE_CANDIDATES = 25;

interface PersonHit {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
}

export interface ContactHit extends PersonHit {
  customerCode: string | null;
}

export interface LeadHit extends PersonHit {
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

export interface PolicyHit {
  id: string;
  policyNumber: string;
  type: PolicyType;
  carrier: string;
  status: PolicyStatus;
  contactId: string;
  contactName: string;
}

export interface KnowledgeHit {
  id: string;
  title: string;
  category: string | null;
}

export interface GlobalSearchResult {
  contacts: ContactHit[];
  leads: LeadHit[];
  deals: DealHit[];
  tickets: TicketHit[];
  policies: PolicyHit[];
  knowledge: KnowledgeHit[];
}

const noHits = (): GlobalSearchResult => ({ contacts: [], leads: [], deals: [], tickets: [], policies: [], knowledge: [] });

/**
 * Whether a term may be (part of) a policy number: 3 characters at least (a trigram index cannot
 * serve fewer) and a digit (every policy number has some), so a name typed into the box costs no
 * policy lookup.
 */
const maybePolicyNumber = (term: Term) => term.text.length >= 3 && /\d/.test(term.text);

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
function personScore(alias: string, term: Term, table: "contacts" | "leads"): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  const others = [
    Prisma.sql`similarity(coalesce(${column("email")}, ''), ${term.text})`,
    Prisma.sql`similarity(coalesce(${column("company")}, ''), ${term.text})`,
    ...(table === "contacts" ? [Prisma.sql`similarity(coalesce(${column("customer_code")}, ''), ${term.text})`] : []),
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
  const ownColumns = table === "leads" ? Prisma.sql`, ${a}.kind, ${a}.status` : Prisma.sql`, ${a}.customer_code AS "customerCode"`;
  return Prisma.sql`
    SELECT ${a}.id, ${a}.name, ${a}.email, ${a}.phone, ${a}.company${ownColumns},
      row_number() OVER (ORDER BY ${personScore(alias, term, table)} DESC, ${a}.name, ${a}.id) AS position
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

/**
 * Policies by number; each links to its contact. A whole number as typed (or upper-cased) is found
 * through the unique (organization, number) index and ends the lookup; only a part of a number
 * turns to the trigram index, whose posting lists for digit trigrams ("202", "000") are long.
 */
function policyHits(actor: Actor, term: Term, limit: number): Prisma.Sql {
  const columns = Prisma.sql`p.id, p.policy_number AS "policyNumber", p.type, p.carrier, p.status, p.contact_id AS "contactId"`;
  return Prisma.sql`
    WITH exact AS MATERIALIZED (
      SELECT ${columns} FROM policies p
      WHERE ${policyScopeSql(actor, "p")} AND p.policy_number IN (${term.text}, upper(${term.text}))
    ), hits AS (
      SELECT * FROM exact
      UNION ALL
      SELECT * FROM (
        SELECT ${columns} FROM policies p
        WHERE ${policyScopeSql(actor, "p")} AND p.policy_number ILIKE ${term.pattern}
        LIMIT ${sqlCount(CANDIDATES)}
      ) partial
      WHERE NOT EXISTS (SELECT 1 FROM exact)
    )
    SELECT hits.*, (SELECT name FROM contacts WHERE contacts.id = hits."contactId") AS "contactName",
      row_number() OVER (ORDER BY similarity(hits."policyNumber", ${term.text}) DESC, hits."policyNumber", hits.id) AS position
    FROM hits
    ORDER BY position
    LIMIT ${sqlCount(limit)}`;
}

/** Published knowledge resources whose title or summary holds the term, title matches first. */
function knowledgeHits(actor: Actor, term: Term, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT k.id, k.title, k.category,
      row_number() OVER (ORDER BY (k.title ILIKE ${term.pattern}) DESC, similarity(k.title, ${term.text}) DESC, k.title, k.id) AS position
    FROM (
      SELECT k.id, k.title, k.category FROM knowledge_resources k
      WHERE k.organization_id = ${organizationScope(actor).organizationId}::uuid AND k.status = 'published'
        AND (k.title ILIKE ${term.pattern} OR k.summary ILIKE ${term.pattern})
      LIMIT ${sqlCount(CANDIDATES)}
    ) k
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
  if (term.text.length === 0) return noHits();
  const [result] = await readRows<GlobalSearchResult>(Prisma.sql`
    SELECT
      ${hitsArray(wanted("contacts") ? personHits(actor, term, take, "contacts") : null)} AS contacts,
      ${hitsArray(wanted("leads") ? personHits(actor, term, take, "leads") : null)} AS leads,
      ${hitsArray(wanted("deals") ? dealHits(actor, term, take) : null)} AS deals,
      ${hitsArray(wanted("tickets") ? ticketHits(actor, term, take) : null)} AS tickets,
      ${hitsArray(wanted("policies") && maybePolicyNumber(term) ? policyHits(actor, term, take) : null)} AS policies,
      ${hitsArray(wanted("knowledge") ? knowledgeHits(actor, term, take) : null)} AS knowledge`);
  return result ?? noHits();
}
