"use client";

import { type KeyboardEvent, type MouseEvent, type SyntheticEvent, useEffect, useId, useRef } from "react";

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
 * Escape or a click on the backdrop asks the parent to close (`onClose`), Tab kept inside (the
 * browser would let it leave for its own toolbar). Spread `dialogProps` on the element.
 * The element is controlled: it closes only when `open` turns false. Left to itself the browser
 * closes it on Escape before the parent's `open` changes, and a parent whose `open` goes false and
 * back to true at once (a drawer driven by the URL, the same record reopened) never tells it to open
 * again: the drawer stayed closed with its content inside. Should the browser close it anyway (it
 * may skip the cancel event on a repeated Escape), the parent is told.
 */
export function useNativeDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const openRef = useRef(open);

  useEffect(() => {
    openRef.current = open;
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const dialogProps = {
    ref,
    "aria-labelledby": titleId,
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
      event.preventDefault();
      onClose();
    },
    onClose: () => {
      if (openRef.current) onClose();
    },
    onKeyDown: keepFocusInside,
    onClick: (event: MouseEvent<HTMLDialogElement>) => {
      if (event.target === ref.current) onClose();
    },
  };
  return { titleId, dialogProps };
}
