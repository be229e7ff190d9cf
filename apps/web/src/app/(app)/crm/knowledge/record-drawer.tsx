"use client";

import { type QueryFilters, useQueryClient } from "@tanstack/react-query";
import { type ComponentType, useState } from "react";
import { ErrorAlert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { Drawer } from "~/components/ui/drawer";

export type OpenedRecord = { id: string } | "new" | null;

/** The id of the record to load, or null when the drawer is closed or holds a new form. */
export function openedId(opened: OpenedRecord): string | null {
  return opened && opened !== "new" ? opened.id : null;
}

/** What a list passes to its record's drawer. */
export interface RecordDrawerHostProps {
  opened: OpenedRecord;
  canWrite: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** What the drawer hands its form: the record to edit (none for a new one) and the queries a save refreshes. */
export interface RecordFormProps<T> {
  record?: T;
  shownIn: QueryFilters;
  onDone: (saved: T) => void;
  onCancel: () => void;
}

/** The kind of record a drawer holds: its titles, what deleting it means, and how it reads and is edited. */
export interface RecordKind<T> {
  texts: { newTitle: string; fallbackTitle: string; testId: string; deleteLabel: string };
  deleteDescription: string;
  Form: ComponentType<RecordFormProps<T>>;
  Reader: ComponentType<{ record: T }>;
}

/** Where the records live: the typed client's calls for the kind (its `delete`) and the queries that show them. */
export interface RecordRoutes {
  calls: { delete: { mutate: (input: { id: string }) => Promise<unknown> } };
  shownIn: QueryFilters;
}

interface RecordQuery<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/**
 * The drawer knowledge resources and training modules share: `"new"` opens an empty form; an id
 * loads the record and shows it, with Edit and Delete for those who may write.
 */
export function RecordDrawer<T extends { id: string; title: string }>({
  opened,
  query,
  canWrite,
  onClose,
  onCreated,
  kind: { texts, deleteDescription, Form, Reader },
  routes,
}: RecordDrawerHostProps & { query: RecordQuery<T>; kind: RecordKind<T>; routes: RecordRoutes }) {
  const [editing, setEditing] = useState(false);
  const close = () => {
    setEditing(false);
    onClose();
  };

  if (opened === "new") {
    return (
      <Drawer open onClose={close} title={texts.newTitle} data-testid={texts.testId}>
        <Form shownIn={routes.shownIn} onDone={(saved) => onCreated(saved.id)} onCancel={close} />
      </Drawer>
    );
  }
  return (
    <Drawer key={openedId(opened) ?? "closed"} open={opened !== null} onClose={close} title={query.data?.title ?? texts.fallbackTitle} data-testid={texts.testId}>
      {query.isPending ? (
        <p className="text-sm text-zinc-500">Loading…</p>
      ) : query.isError || !query.data ? (
        <ErrorAlert error={query.error} />
      ) : editing && canWrite ? (
        <Form record={query.data} shownIn={routes.shownIn} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />
      ) : (
        <article className="space-y-4">
          <Reader record={query.data} />
          {canWrite ? (
            <RecordActions
              record={query.data}
              routes={routes}
              texts={{ label: texts.deleteLabel, description: deleteDescription }}
              onEdit={() => setEditing(true)}
              onDeleted={close}
            />
          ) : null}
        </article>
      )}
    </Drawer>
  );
}

function RecordActions({
  record,
  routes,
  texts,
  onEdit,
  onDeleted,
}: {
  record: { id: string; title: string };
  routes: RecordRoutes;
  texts: { label: string; description: string };
  onEdit: () => void;
  onDeleted: () => void;
}) {
  const queryClient = useQueryClient();
  const remove = useConfirmedMutation(
    {
      mutationFn: (id: string) => routes.calls.delete.mutate({ id }),
      onSuccess: async () => {
        await queryClient.invalidateQueries(routes.shownIn);
        onDeleted();
      },
    },
    (id: string) => id,
  );
  return (
    <>
      <div className="flex gap-2 border-t border-zinc-200 pt-4">
        <Button variant="secondary" onClick={onEdit}>
          Edit
        </Button>
        <Button variant="ghost" onClick={() => remove.ask(record.id)}>
          Delete
        </Button>
      </div>
      <ConfirmDialog {...remove.dialog} title={`Delete “${record.title}”?`} description={texts.description} confirmLabel={texts.label} />
    </>
  );
}
