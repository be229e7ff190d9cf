"use client";

import { type ReactNode } from "react";
import { useNativeDialog } from "./use-native-dialog";

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  "data-testid"?: string;
}

/** A modal on the native <dialog>: focus trapping, Escape and the backdrop come from the browser. */
export function Dialog({ open, onClose, title, description, children, ...props }: DialogProps) {
  const { titleId, dialogProps } = useNativeDialog(open, onClose);

  return (
    <dialog
      {...dialogProps}
      className="m-auto w-full max-w-md rounded-xl bg-white p-0 shadow-2xl ring-1 ring-zinc-200 backdrop:backdrop-blur-[1px]"
      data-testid={props["data-testid"]}
    >
      {open ? (
        <div className="p-5">
          <h2 id={titleId} className="text-base font-semibold text-zinc-900">
            {title}
          </h2>
          {description ? <div className="mt-1 text-sm text-zinc-500">{description}</div> : null}
          <div className="mt-4">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}
