"use client";

import { type MouseEvent, useEffect, useId, useRef } from "react";

/**
 * The behaviour Dialog and Drawer share, on the native <dialog>: opened modally while `open`,
 * closed by Escape (the browser) or a click on the backdrop. Spread `dialogProps` on the element.
 * The browser closes the element on Escape before the parent's `open` turns false; a parent whose
 * `open` can go straight from one record to the next (a drawer driven by the URL) keys the element
 * by the record, so the next record mounts a dialog that opens.
 */
export function useNativeDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const dialogProps = {
    ref,
    "aria-labelledby": titleId,
    onClose,
    onClick: (event: MouseEvent<HTMLDialogElement>) => {
      if (event.target === ref.current) onClose();
    },
  };
  return { titleId, dialogProps };
}
