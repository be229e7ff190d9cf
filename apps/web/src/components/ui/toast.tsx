"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { cn } from "~/lib/cn";

export type ToastTone = "error" | "success" | "info";

/** One button on the toast ("Undo"); pressing it runs `onClick` and closes the toast. */
export interface ToastAction {
  label: string;
  onClick: () => void;
}

interface ToastItem {
  id: number;
  tone: ToastTone;
  message: string;
  action?: ToastAction;
}

type ShowToast = (message: string, tone?: ToastTone, action?: ToastAction) => void;

const ToastContext = createContext<ShowToast | null>(null);

const tones: Record<ToastTone, string> = {
  error: "bg-red-50 text-red-800 ring-red-200",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  info: "bg-white text-zinc-800 ring-zinc-200",
};

const visibleMs = 6000;
/** A toast with an action stays longer: there is something to decide. */
const actionVisibleMs = 10_000;

/**
 * Short messages about something that happened out of view (a change that was rolled back, a save),
 * optionally with one action such as "Undo". Mounted once for every signed-in page (app layout).
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(0);

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback<ShowToast>((message, tone = "info", action) => {
    const id = ++nextId.current;
    setToasts((current) => [...current.slice(-3), { id, tone, message, action }]);
  }, []);

  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-full max-w-sm flex-col gap-2">
        {toasts.map((toast) => (
          <Toast key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function Toast({ toast, onDismiss }: { toast: ToastItem; onDismiss: (id: number) => void }) {
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(toast.id), toast.action ? actionVisibleMs : visibleMs);
    return () => clearTimeout(timer);
  }, [toast.id, toast.action, onDismiss]);

  return (
    <div
      role={toast.tone === "error" ? "alert" : "status"}
      data-testid="toast"
      className={cn("pointer-events-auto flex items-start gap-3 rounded-lg px-3.5 py-2.5 text-sm shadow-lg ring-1", tones[toast.tone])}
    >
      <p className="flex-1">{toast.message}</p>
      {toast.action ? (
        <button
          type="button"
          onClick={() => {
            toast.action?.onClick();
            onDismiss(toast.id);
          }}
          className="text-xs font-semibold underline underline-offset-2 hover:no-underline"
          data-testid="toast-action"
        >
          {toast.action.label}
        </button>
      ) : null}
      <button type="button" onClick={() => onDismiss(toast.id)} className="text-xs font-medium opacity-70 hover:opacity-100">
        Dismiss
      </button>
    </div>
  );
}

export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast needs a ToastProvider above it");
  return show;
}
