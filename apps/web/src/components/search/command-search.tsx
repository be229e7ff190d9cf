"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { ModalShell } from "~/components/ui/dialog";
import { ErrorAlert } from "~/components/ui/alert";
import { cn } from "~/lib/cn";
import { useTRPC } from "~/trpc/react";
import { movedIndex, searchKindLabels, searchLinks } from "./search-links";

const MIN_TERM = 2;

/**
 * The search box of the app shell: ⌘K / Ctrl+K (or the header button) opens it over any page.
 * A combobox over a listbox of links (ARIA 1.2): the arrow keys move the active option, Enter opens
 * it, Escape closes the dialog (the native <dialog>), a click or middle-click follows the link.
 */
export function CommandSearch() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="Meta+K Control+K"
        className="mr-auto flex h-9 w-72 items-center gap-2 rounded-md bg-white px-2.5 text-sm text-zinc-600 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50"
        data-testid="open-search"
      >
        <SearchIcon />
        <span className="flex-1 text-left">Search records, policies…</span>
        <kbd className="rounded bg-zinc-100 px-1.5 font-sans text-xs text-zinc-600">⌘K</kbd>
      </button>
      <SearchDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ModalShell
      open={open}
      onClose={onClose}
      className="mx-auto mt-24 w-full max-w-xl rounded-xl bg-white p-0 shadow-2xl ring-1 ring-zinc-200 backdrop:bg-zinc-900/20"
      data-testid="search-dialog"
    >
      {(titleId) => <SearchPanel titleId={titleId} onClose={onClose} />}
    </ModalShell>
  );
}

function SearchPanel({ titleId, onClose }: { titleId: string; onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const listboxId = useId();
  const optionId = useId();
  const [text, setText] = useState("");
  const [term, setTerm] = useState("");
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const timer = setTimeout(() => {
      setTerm(text.trim());
      setActive(-1);
    }, 120);
    return () => clearTimeout(timer);
  }, [text]);

  const searching = term.length >= MIN_TERM;
  const result = useQuery(trpc.search.global.queryOptions({ q: term }, { enabled: searching, placeholderData: keepPreviousData, staleTime: 10_000 }));
  const links = searching && result.data ? searchLinks(result.data) : [];
  const activeLink = active >= 0 ? links[active] : undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((current) => movedIndex(current, links.length, event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter") {
      const chosen = activeLink ?? links[0];
      if (!chosen) return;
      event.preventDefault();
      onClose();
      router.push(chosen.href);
    }
  };

  return (
    <div>
      <h2 id={titleId} className="sr-only">
        Search
      </h2>
      <div className="flex items-center gap-2 border-b border-zinc-200 px-4">
        <SearchIcon />
        <input
          autoFocus
          role="combobox"
          aria-label="Search contacts, leads, deals, tickets, policy numbers, customer codes and knowledge"
          aria-expanded={links.length > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={activeLink ? `${optionId}-${active}` : undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder="Name, email, phone, policy number, customer code…"
          className="h-12 flex-1 border-0 bg-transparent text-sm text-zinc-900 placeholder:text-zinc-500 focus:outline-none"
          data-testid="search-input"
        />
      </div>
      <div className="max-h-96 overflow-y-auto p-2">
        <ErrorAlert error={result.error} />
        <ul id={listboxId} role="listbox" aria-label="Search results" data-testid="search-results">
          {links.map((link, index) => (
            <li key={link.key} role="presentation">
              <Link
                id={`${optionId}-${index}`}
                role="option"
                aria-selected={index === active}
                href={link.href}
                onClick={onClose}
                onMouseMove={() => setActive(index)}
                className={cn("flex items-center gap-3 rounded-md px-3 py-2 text-sm", index === active ? "bg-indigo-50" : "hover:bg-zinc-50")}
                data-testid="search-result"
                data-kind={link.kind}
              >
                <span className="w-20 shrink-0 text-xs font-medium text-zinc-600">{searchKindLabels[link.kind]}</span>
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium text-zinc-900">{link.title}</span>
                  {link.subtitle ? <span className="block truncate text-xs text-zinc-600">{link.subtitle}</span> : null}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="px-3 py-2 text-xs text-zinc-600" role="status" aria-live="polite">
          {!searching
            ? "Type at least two characters."
            : result.isPending
              ? "Searching…"
              : links.length === 0
                ? `Nothing found for “${term}”.`
                : `${links.length} ${links.length === 1 ? "result" : "results"} · ↑ ↓ to move, Enter to open, Esc to close`}
        </p>
      </div>
    </div>
  );
}

function SearchIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4 shrink-0 text-zinc-500">
      <path d="M9 15a6 6 0 1 0 0-12 6 6 0 0 0 0 12Zm4.5-1.5L17 17" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
