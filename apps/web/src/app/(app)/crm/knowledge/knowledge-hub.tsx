"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { ListState, ListToolbar, LoadMoreButton, nextCursorPages, pagedRows } from "~/components/ui/list-shell";
import { SearchInput } from "~/components/ui/search-input";
import { cn } from "~/lib/cn";
import { formatRelative } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { snippetParts } from "./highlighted-snippet";
import { KnowledgeResourceDrawer } from "./knowledge-resource-drawer";
import { publicationStatusLabels, publicationStatusTones } from "./publication-status";

type Opened = { id: string } | "new" | null;

/** `openedId` opens a resource at once (a link from the search box: /crm/knowledge?resource=<id>). */
export function KnowledgeHub({ canWrite, openedId }: { canWrite: boolean; openedId?: string }) {
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const [category, setCategory] = useState<string | null>(null);
  const [opened, setOpened] = useState<Opened>(openedId ? { id: openedId } : null);

  // The category chips come from the newest hundred resources, whatever is being filtered.
  const overview = useQuery(trpc.crm.knowledge.list.queryOptions({ limit: 100 }));
  const categories = [...new Set((overview.data?.items ?? []).map((item) => item.category).filter((value): value is string => Boolean(value)))].sort();

  const hits = useQuery(trpc.crm.knowledge.search.queryOptions({ q: search, limit: 20 }, { enabled: search !== "" }));
  const resources = useInfiniteQuery(
    trpc.crm.knowledge.list.infiniteQueryOptions(
      { limit: 30, category: category ?? undefined },
      { ...nextCursorPages, enabled: search === "" },
    ),
  );
  const { rows } = pagedRows(resources.data);

  return (
    <div data-testid="knowledge-hub">
      <ListToolbar className="mt-0">
        <SearchInput label="Search the knowledge hub" placeholder="Search articles, e.g. flood claim" value={search} onSearch={setSearch} className="w-80" />
        {canWrite ? (
          <Button className="ml-auto" onClick={() => setOpened("new")} data-testid="open-create-resource">
            New resource
          </Button>
        ) : null}
      </ListToolbar>
      {search === "" && categories.length > 0 ? (
        <div className="mt-3 flex flex-wrap gap-1.5" role="group" aria-label="Categories">
          {[null, ...categories].map((value) => (
            <button
              key={value ?? "all"}
              type="button"
              aria-pressed={category === value}
              onClick={() => setCategory(value)}
              className={cn(
                "rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset",
                category === value ? "bg-indigo-600 text-white ring-indigo-600" : "bg-white text-zinc-700 ring-zinc-300 hover:bg-zinc-50",
              )}
            >
              {value ?? "All"}
            </button>
          ))}
        </div>
      ) : null}

      <div className="mt-4">
        {search !== "" ? (
          <ListState
            query={hits}
            isEmpty={hits.data?.items.length === 0}
            loading="Searching…"
            empty={
              <EmptyState title="Nothing found" testId="knowledge-no-results">
                No published resource mentions “{search}”.
              </EmptyState>
            }
          >
            <ul className="space-y-2" aria-label="Search results" data-testid="knowledge-results">
              {hits.data?.items.map((hit) => (
                <li key={hit.id}>
                  <button type="button" onClick={() => setOpened({ id: hit.id })} className="block w-full rounded-lg border border-zinc-200 px-4 py-3 text-left hover:border-zinc-300 hover:bg-zinc-50">
                    <span className="flex items-center gap-2">
                      <span className="text-sm font-medium text-zinc-900">{hit.title}</span>
                      {hit.category ? <Badge>{hit.category}</Badge> : null}
                    </span>
                    <span className="mt-1 block text-sm text-zinc-600">
                      {snippetParts(hit.snippet).map((part, index) =>
                        part.match ? (
                          <mark key={index} className="rounded bg-amber-100 px-0.5 text-zinc-900">
                            {part.text}
                          </mark>
                        ) : (
                          <span key={index}>{part.text}</span>
                        ),
                      )}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </ListState>
        ) : (
          <ListState
            query={resources}
            isEmpty={rows.length === 0}
            loading="Loading resources…"
            empty={
              <EmptyState title={category ? `Nothing in ${category}` : "The knowledge hub is empty"} testId="knowledge-empty">
                {canWrite ? "Add the guides and scripts your team keeps asking about." : "Your managers have not published anything yet."}
              </EmptyState>
            }
          >
            <ul className="grid gap-3 md:grid-cols-2" aria-label="Resources" data-testid="knowledge-list">
              {rows.map((resource) => (
                <li key={resource.id}>
                  <button
                    type="button"
                    onClick={() => setOpened({ id: resource.id })}
                    data-testid="knowledge-resource"
                    className="flex h-full w-full flex-col rounded-lg border border-zinc-200 px-4 py-3 text-left hover:border-zinc-300 hover:bg-zinc-50"
                  >
                    <span className="flex items-start gap-2">
                      <span className="flex-1 text-sm font-medium text-zinc-900">{resource.title}</span>
                      {resource.status !== "published" ? <Badge tone={publicationStatusTones[resource.status]}>{publicationStatusLabels[resource.status]}</Badge> : null}
                    </span>
                    {resource.summary ? <span className="mt-1 line-clamp-2 text-sm text-zinc-600">{resource.summary}</span> : null}
                    <span className="mt-auto flex flex-wrap items-center gap-1.5 pt-2 text-xs text-zinc-500">
                      {resource.category ? <Badge tone="indigo">{resource.category}</Badge> : null}
                      {resource.tags.slice(0, 4).map((tag) => (
                        <Badge key={tag}>{tag}</Badge>
                      ))}
                      <span className="ml-auto">Updated {formatRelative(resource.updatedAt).toLowerCase()}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            <div className="mt-3 flex justify-center">
              <LoadMoreButton query={resources} />
            </div>
          </ListState>
        )}
      </div>
      <KnowledgeResourceDrawer opened={opened} canWrite={canWrite} onClose={() => setOpened(null)} onCreated={(id) => setOpened({ id })} />
    </div>
  );
}
