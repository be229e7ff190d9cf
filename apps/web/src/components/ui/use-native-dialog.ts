"use client";

import { type KeyboardEvent, type MouseEvent, useEffect, useId, useRef } from "react";

const focusable = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Tab past the last control goes to the first and Shift+Tab before the first to the last: focus stays in the modal. */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(focusable)].filter((element) => element.getClientRects().length > 0);
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The behaviour Dialog and Drawer share, on the native <dialog>: opened modally while `open`,
 * closed by Escape (the browser) or a click on the backdrop, Tab kept inside (the browser would let
 * it leave for its own toolbar). Spread `dialogProps` on the element.
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
    onKeyDown: keepFocusInside,
    onClick: (event: MouseEvent<HTMLDialogElement>) => {
      if (event.target === ref.current) onClose();
    },
  };
  return { titleId, dialogProps };
}
