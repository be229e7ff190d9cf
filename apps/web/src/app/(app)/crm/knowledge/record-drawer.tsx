"use client";

import { type ReactNode, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Drawer } from "~/components/ui/drawer";
import { describeApiError } from "~/lib/api-errors";

export type OpenedRecord = { id: string } | "new" | null;

interface RecordQuery<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/**
 * The drawer knowledge resources and training modules share: `"new"` opens an empty form; an id
 * loads the record and shows it, with an edit mode for those who may write.
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
  renderForm,
  renderReader,
}: {
  opened: OpenedRecord;
  query: RecordQuery<T>;
  canWrite: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
  newTitle: string;
  fallbackTitle: string;
  testId: string;
  renderForm: (props: { record?: T; onDone: (saved: T) => void; onCancel: () => void }) => ReactNode;
  renderReader: (props: { record: T; onEdit: () => void; onDeleted: () => void }) => ReactNode;
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
        renderReader({ record: query.data, onEdit: () => setEditing(true), onDeleted: close })
      )}
    </Drawer>
  );
}
