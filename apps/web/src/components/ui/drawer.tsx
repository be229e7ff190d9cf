"use client";

import { type ReactNode } from "react";
import { type ModalProps, ModalShell } from "./dialog";

export interface DrawerProps extends ModalProps {
  /** Shown in place of the title, which then names the drawer for screen readers only. */
  header?: ReactNode;
}

/** A side panel on the native <dialog>, like Dialog: focus trapping, Escape and the backdrop come from the browser. */
export function Drawer({ title, header, children, ...shell }: DrawerProps) {
  return (
    <ModalShell
      {...shell}
      className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-full max-w-xl bg-white p-0 shadow-2xl ring-1 ring-zinc-200 backdrop:backdrop-blur-[1px]"
    >
      {(titleId) => (
        <div className="flex h-full flex-col">
          <div className="flex items-start justify-between gap-3 border-b border-zinc-200 px-5 py-4">
            <div className="min-w-0 flex-1">
              {header ?? (
                <h2 id={titleId} className="truncate text-base font-semibold text-zinc-900">
                  {title}
                </h2>
              )}
              {header ? (
                <h2 id={titleId} className="sr-only">
                  {title}
                </h2>
              ) : null}
            </div>
            <button
              type="button"
              onClick={shell.onClose}
              aria-label="Close"
              className="rounded-md p-1 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-zinc-400"
            >
              <svg viewBox="0 0 20 20" aria-hidden="true" className="size-5">
                <path d="M5 5l10 10M15 5 5 15" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
              </svg>
            </button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{children}</div>
        </div>
      )}
    </ModalShell>
  );
}
