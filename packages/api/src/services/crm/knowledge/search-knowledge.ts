import { db, Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope } from "../../../access/organization-scope";

// Full-text search over the published knowledge hub, for people (crm.knowledge.search) and for
// the copilot, which calls this function directly with the actor it acts for. Published resources
// are readable by everyone in the organization, so the actor's organization is the only scope.
//
// Matching uses to_tsvector('english', title || ' ' || summary || ' ' || content) — the expression a
// GIN index would be built on — and ranking weighs the title above the summary above the body, so
// an article about the topic outranks one that merely mentions it. Snippets come from ts_headline
// with matched words wrapped in ** (Markdown bold): plain text, so stored content can never
// inject markup into whatever renders it.

export interface KnowledgeSearchHit {
  id: string;
  title: string;
  summary: string | null;
  category: string | null;
  tags: string[];
  url: string | null;
  updatedAt: Date;
  rank: number;
  snippet: string;
}

const HEADLINE_OPTIONS = 'MaxFragments=2, MinWords=8, MaxWords=30, FragmentDelimiter=" … ", StartSel="**", StopSel="**"';

/**
 * Every word must match (websearch syntax: "quoted phrases", -excluded, or). A question in plain
 * words ("what does a client need for a burst pipe") rarely has every word in one article, so
 * when nothing matches them all, any of its words may match: ranking still puts the articles
 * that match the most words, in their titles first, at the top.
 */
const allWords = (terms: string) => Prisma.sql`websearch_to_tsquery('english', ${terms})`;
const anyWord = (terms: string) =>
  Prisma.sql`(SELECT string_agg(quote_literal(word), ' | ')::tsquery FROM unnest(tsvector_to_array(to_tsvector('english', ${terms}))) AS word)`;

export async function searchKnowledge({ actor, q, limit = 5 }: { actor: Actor; q: string; limit?: number }): Promise<KnowledgeSearchHit[]> {
  const terms = q.trim();
  if (terms.length === 0) return [];
  const take = Math.min(Math.max(Math.trunc(limit), 1), 50);
  const tenant = organizationScope(actor).organizationId;
  const strict = await rankedMatches(tenant, allWords(terms), take);
  return strict.length > 0 ? strict : rankedMatches(tenant, anyWord(terms), take);
}

async function rankedMatches(organizationId: string, tsquery: Prisma.Sql, take: number): Promise<KnowledgeSearchHit[]> {
  // The headline is computed in the outer query, for the few rows that survive the LIMIT only.
  const rows = await db.$queryRaw<KnowledgeSearchHit[]>`
    SELECT hit.id, hit.title, hit.summary, hit.category, hit.tags, hit.url, hit."updatedAt", hit.rank,
      ts_headline('english', hit.content, hit.query, ${HEADLINE_OPTIONS}) AS snippet
    FROM (
      SELECT k.id, k.title, k.summary, k.category, k.tags, k.url, k.updated_at AS "updatedAt", k.content, search.query,
        ts_rank(
          setweight(to_tsvector('english', k.title), 'A')
            || setweight(to_tsvector('english', coalesce(k.summary, '')), 'B')
            || setweight(to_tsvector('english', k.content), 'C'),
          search.query
        )::float8 AS rank
      FROM knowledge_resources k CROSS JOIN (SELECT ${tsquery} AS query) AS search
      WHERE k.organization_id = ${organizationId}::uuid
        AND k.status = 'published'
        AND to_tsvector('english', k.title || ' ' || coalesce(k.summary, '') || ' ' || k.content) @@ search.query
      ORDER BY rank DESC, k.updated_at DESC, k.id
      LIMIT ${take}
    ) AS hit
    ORDER BY hit.rank DESC, hit."updatedAt" DESC, hit.id`;
  return rows.map((row) => ({ ...row, rank: Number(row.rank) }));
}
