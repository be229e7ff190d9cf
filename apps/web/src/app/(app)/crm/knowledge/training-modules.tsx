"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { ListState, nextCursorPages, pagedRows } from "~/components/ui/list-shell";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { publicationStatusLabels, publicationStatusTones } from "./publication-status";
import { TrainingModuleDrawer } from "./training-module-drawer";

type TrainingModule = RouterOutputs["crm"]["training"]["list"]["items"][number];

/** Modules in the order producers take them; writers reorder them by swapping positions. */
export function TrainingModules({ canWrite }: { canWrite: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState<{ id: string } | "new" | null>(null);
  const modules = useInfiniteQuery(trpc.crm.training.list.infiniteQueryOptions({ limit: 100 }, nextCursorPages));
  const reorder = useMutation(
    trpc.crm.training.update.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.crm.training.pathFilter()),
    }),
  );
  const { rows } = pagedRows(modules.data);
  const totalMinutes = rows.reduce((sum, module) => sum + (module.status === "published" ? (module.durationMinutes ?? 0) : 0), 0);

  /** Swaps a module's position with its neighbour's; equal positions (ordered by id) are split first. */
  async function move(module: TrainingModule, neighbour: TrainingModule, direction: "up" | "down") {
    const same = module.position === neighbour.position;
    const moduleTo = same ? neighbour.position + (direction === "up" ? 0 : 1) : neighbour.position;
    const neighbourTo = same ? neighbour.position + (direction === "up" ? 1 : 0) : module.position;
    try {
      await reorder.mutateAsync({ id: module.id, position: moduleTo });
      await reorder.mutateAsync({ id: neighbour.id, position: neighbourTo });
    } catch {
      // reorder.error shows what went wrong above the list.
    }
  }

  return (
    <div data-testid="training-modules">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-zinc-500">
          {rows.length} {rows.length === 1 ? "module" : "modules"}
          {totalMinutes > 0 ? ` · about ${totalMinutes} minutes published` : ""}
        </p>
        {canWrite ? (
          <Button onClick={() => setOpened("new")} data-testid="open-create-training">
            New module
          </Button>
        ) : null}
      </div>
      <ErrorAlert error={reorder.error} className="mt-3" />
      <div className="mt-4">
        <ListState
          query={modules}
          isEmpty={rows.length === 0}
          loading="Loading training…"
          empty={
            <EmptyState title="No training modules yet" testId="training-empty">
              {canWrite ? "Write the first module new producers should take." : "Nothing has been published yet."}
            </EmptyState>
          }
        >
          <ol className="divide-y divide-zinc-100 rounded-lg border border-zinc-200" aria-label="Training modules" data-testid="training-list">
            {rows.map((module, index) => (
              <li key={module.id} className="flex items-center gap-3 px-4 py-3" data-testid="training-module">
                <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600 tabular-nums">
                  {index + 1}
                </span>
                <button type="button" onClick={() => setOpened({ id: module.id })} className="min-w-0 flex-1 text-left">
                  <span className="flex items-center gap-2">
                    <span className="text-sm font-medium text-zinc-900 hover:text-indigo-600">{module.title}</span>
                    {module.status !== "published" ? <Badge tone={publicationStatusTones[module.status]}>{publicationStatusLabels[module.status]}</Badge> : null}
                  </span>
                  <span className="mt-0.5 block truncate text-xs text-zinc-500">
                    {[module.category, module.durationMinutes ? `${module.durationMinutes} min` : null, module.description].filter(Boolean).join(" · ")}
                  </span>
                </button>
                {canWrite ? (
                  <span className="flex shrink-0 gap-1">
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={`Move ${module.title} up`}
                      disabled={index === 0 || reorder.isPending}
                      onClick={() => void move(module, rows[index - 1]!, "up")}
                    >
                      ↑
                    </Button>
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={`Move ${module.title} down`}
                      disabled={index === rows.length - 1 || reorder.isPending}
                      onClick={() => void move(module, rows[index + 1]!, "down")}
                    >
                      ↓
                    </Button>
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </ListState>
      </div>
      <TrainingModuleDrawer opened={opened} canWrite={canWrite} onClose={() => setOpened(null)} onCreated={(id) => setOpened({ id })} />
    </div>
  );
}
