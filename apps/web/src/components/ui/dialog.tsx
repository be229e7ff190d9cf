"use client";

import { type ReactNode } from "react";
import { useNativeDialog } from "./use-native-dialog";

/**
 * The native <dialog> element under Dialog, Drawer and the search box (see `useNativeDialog`); its
 * content, given the id of the title that names it, is mounted only while it is open.
 */
export function ModalShell({
  open,
  onClose,
  className,
  "data-testid": testId,
  children,
}: Pick<ModalProps, "open" | "onClose" | "data-testid"> & { className: string; children: (titleId: string) => ReactNode }) {
  const { titleId, dialogProps } = useNativeDialog(open, onClose);
  return (
    <dialog {...dialogProps} className={className} data-testid={testId}>
      {open ? children(titleId) : null}
    </dialog>
  );
}

/** What Dialog and Drawer both take: whether it is open, how it closes, the title that names it, its content. */
export interface ModalProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  "data-testid"?: string;
}

export interface DialogProps extends ModalProps {
  description?: ReactNode;
}

/** A modal on the native <dialog>: focus trapping, Escape and the backdrop come from the browser. */
export function Dialog({ title, description, children, ...shell }: DialogProps) {
  return (
    <ModalShell {...shell} className="m-auto w-full max-w-md rounded-xl bg-white p-0 shadow-2xl ring-1 ring-zinc-200 backdrop:backdrop-blur-[1px]">
      {(titleId) => (
        <div className="p-5">
          <h2 id={titleId} className="text-base font-semibold text-zinc-900">
            {title}
          </h2>
          {description ? <div className="mt-1 text-sm text-zinc-500">{description}</div> : null}
          <div className="mt-4">{children}</div>
        </div>
      )}
    </ModalShell>
  );
}
