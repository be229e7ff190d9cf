"use client";

import Link from "next/link";
import type { RouterOutputs } from "~/trpc/types";

export type ContactMatch = RouterOutputs["crm"]["contacts"]["duplicates"]["items"][number];

const reasonLabels: Record<ContactMatch["reasons"][number], string> = {
  email: "same email",
  phone: "same phone",
  nameAndDateOfBirth: "same name and date of birth",
};

/** Why a contact matches: "same email, same phone". */
export function matchReasonsText(match: ContactMatch) {
  return match.reasons.map((reason) => reasonLabels[reason]).join(", ");
}

/** One matching contact: its name (a link to it), why it matches, and who owns it. */
export function ContactMatchSummary({ match }: { match: ContactMatch }) {
  return (
    <span>
      <Link href={`/crm/contacts/${match.id}`} className="font-medium text-indigo-700 hover:underline" data-testid="contact-match-link">
        {match.name}
      </Link>{" "}
      <span className="text-zinc-600">
        ({matchReasonsText(match)}
        {match.customerCode ? ` · ${match.customerCode}` : ""}
        {match.owner ? ` · owner ${match.owner.name}` : ""})
      </span>
    </span>
  );
}
