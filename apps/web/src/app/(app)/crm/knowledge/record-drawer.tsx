"use client";

import { type QueryFilters, useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { Drawer } from "~/components/ui/drawer";
import { describeApiError } from "~/lib/api-errors";

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

export interface RecordDeletion {
  /** Deletes the record. */
  run: (id: string) => Promise<unknown>;
  /** The queries that show the record, refreshed once it is gone. */
  shownIn: QueryFilters;
  description: string;
  confirmLabel: string;
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
  newTitle,
  fallbackTitle,
  testId,
  deletion,
  renderForm,
  renderReader,
}: RecordDrawerHostProps & {
  query: RecordQuery<T>;
  newTitle: string;
  fallbackTitle: string;
  testId: string;
  renderForm: (props: { record?: T; onDone: (saved: T) => void; onCancel: () => void }) => ReactNode;
  deletion: RecordDeletion;
  renderReader: (record: T) => ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const close = () => {
    setEditing(false);
    onClose();
  };

  if (opened === "new") {
    return (
      <Drawer open onClose={close} title={newTitle} data-testid={testId}>
        {renderForm({ onDone: (saved) => onCreated(saved.id), onCancel: close })}
      </Drawer>
    );
  }
  return (
    <Drawer open={opened !== null} onClose={close} title={query.data?.title ?? fallbackTitle} data-testid={testId}>
      {query.isPending ? (
        <p className="text-sm text-zinc-500">Loading…</p>
      ) : query.isError || !query.data ? (
        <Alert tone="error">{describeApiError(query.error).message}</Alert>
      ) : editing && canWrite ? (
        renderForm({ record: query.data, onDone: () => setEditing(false), onCancel: () => setEditing(false) })
      ) : (
        <article className="space-y-4">
          {renderReader(query.data)}
          {canWrite ? <RecordActions record={query.data} deletion={deletion} onEdit={() => setEditing(true)} onDeleted={close} /> : null}
        </article>
      )}
    </Drawer>
  );
}

function RecordActions({ record, deletion, onEdit, onDeleted }: { record: { id: string; title: string }; deletion: RecordDeletion; onEdit: () => void; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: deletion.run,
    onSuccess: async () => {
      await queryClient.invalidateQueries(deletion.shownIn);
      setConfirming(false);
      onDeleted();
    },
  });
  return (
    <>
      <div className="flex gap-2 border-t border-zinc-200 pt-4">
        <Button variant="secondary" onClick={onEdit}>
          Edit
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            remove.reset();
            setConfirming(true);
          }}
        >
          Delete
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Delete “${record.title}”?`}
        description={deletion.description}
        confirmLabel={deletion.confirmLabel}
        pending={remove.isPending}
        error={remove.error ? describeApiError(remove.error).message : null}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate(record.id)}
      />
    </>
  );
}
