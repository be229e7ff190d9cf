"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { cn } from "~/lib/cn";
import { useTRPC } from "~/trpc/react";

export interface PickedContact {
  id: string;
  name: string;
  company: string | null;
}

/** Finds a contact by name, email or company and picks one; the choice shows as a chip to change. */
export function ContactPicker({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: PickedContact | null;
  onChange: (contact: PickedContact | null) => void;
  error?: string;
}) {
  const trpc = useTRPC();
  const inputId = useId();
  const [text, setText] = useState("");
  const term = text.trim();
  const results = useQuery(trpc.crm.contacts.list.queryOptions({ limit: 6, search: term, sort: "name" }, { enabled: value === null && term.length >= 2 }));

  return (
    <div className="space-y-1.5">
      <label htmlFor={inputId} className="block text-sm font-medium text-zinc-800">
        {label}
      </label>
      {value ? (
        <div className="flex items-center justify-between rounded-md bg-zinc-50 px-3 py-2 text-sm ring-1 ring-zinc-200" data-testid="picked-contact">
          <span>
            <span className="font-medium text-zinc-900">{value.name}</span>
            {value.company ? <span className="text-zinc-500"> · {value.company}</span> : null}
          </span>
          <button type="button" onClick={() => onChange(null)} className="text-xs font-medium text-indigo-600 hover:text-indigo-500">
            Change
          </button>
        </div>
      ) : (
        <>
          <input
            id={inputId}
            type="search"
            autoComplete="off"
            placeholder="Type at least two letters of a name, email or company"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={error ? true : undefined}
            className={cn(
              "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs ring-1 ring-inset placeholder:text-zinc-400 focus:ring-2 focus:ring-inset focus:outline-none",
              error ? "ring-red-400 focus:ring-red-500" : "ring-zinc-300 focus:ring-indigo-600",
            )}
          />
          {term.length >= 2 ? (
            <ul className="max-h-40 overflow-y-auto rounded-md ring-1 ring-zinc-200" aria-label="Matching contacts">
              {results.isPending ? (
                <li className="px-3 py-2 text-xs text-zinc-500">Searching…</li>
              ) : results.data?.items.length ? (
                results.data.items.map((contact) => (
                  <li key={contact.id}>
                    <button
                      type="button"
                      onClick={() => onChange({ id: contact.id, name: contact.name, company: contact.company })}
                      className="block w-full px-3 py-1.5 text-left text-sm hover:bg-indigo-50"
                    >
                      <span className="font-medium text-zinc-900">{contact.name}</span>
                      <span className="text-zinc-500"> {contact.company ?? contact.email ?? ""}</span>
                    </button>
                  </li>
                ))
              ) : (
                <li className="px-3 py-2 text-xs text-zinc-500">No contact matches.</li>
              )}
            </ul>
          ) : null}
        </>
      )}
      {error ? (
        <p className="text-xs text-red-600" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
