"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ContactMatchSummary } from "~/components/crm/contact-matches";
import { Alert } from "~/components/ui/alert";
import { useTRPC } from "~/trpc/react";

/** The value once it has stayed the same for `delayMs` (typing settles before a lookup). */
function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export interface DuplicateKeys {
  name: string;
  email: string;
  phone: string;
  exceptId?: string;
}

/**
 * The contact form's warning: the existing contacts with the same email or phone (as the API's
 * duplicate check finds them). When creating, the user confirms a different person with the
 * checkbox, which sends allowDuplicate; without it the API refuses with CONFLICT naming the match.
 */
export function DuplicateContactWarning({ keys, allowDuplicate, onAllowDuplicate }: { keys: DuplicateKeys; allowDuplicate?: boolean; onAllowDuplicate?: (allow: boolean) => void }) {
  const trpc = useTRPC();
  const settled = useSettledValue(keys, 400);
  const email = settled.email.trim();
  const phone = settled.phone.trim();
  const matches = useQuery(
    trpc.crm.contacts.duplicates.queryOptions(
      { name: settled.name.trim() || undefined, email: email || null, phone: phone || null, ...(settled.exceptId ? { exceptId: settled.exceptId } : {}) },
      { enabled: email.length > 3 || phone.replace(/\D/g, "").length >= 7, placeholderData: keepPreviousData },
    ),
  );
  const items = email || phone ? (matches.data?.items ?? []) : [];
  if (items.length === 0) return null;
  return (
    <Alert tone="warning" data-testid="duplicate-contact-warning">
      <p className="font-medium">{items.length === 1 ? "This may be an existing contact:" : "These may be existing contacts:"}</p>
      <ul className="mt-1 space-y-0.5">
        {items.map((match) => (
          <li key={match.id}>
            <ContactMatchSummary match={match} />
          </li>
        ))}
      </ul>
      {onAllowDuplicate ? (
        <label className="mt-2 flex items-center gap-2">
          <input type="checkbox" checked={allowDuplicate ?? false} onChange={(event) => onAllowDuplicate(event.target.checked)} data-testid="allow-duplicate" />
          This is a different person: create another contact
        </label>
      ) : null}
    </Alert>
  );
}
