// Matching a typed term inside text columns. Prisma's `contains` becomes LIKE '%term%' with the
// term as given, so a `%` or `_` the user typed would act as a wildcard ("50%" finding every
// row); every `contains` filter built from user input goes through here.

/** The term with LIKE's wildcards (and its escape character, the backslash) taken literally. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A case-insensitive Prisma `contains` filter matching the term literally. */
export function containsText(term: string) {
  return { contains: escapeLike(term), mode: "insensitive" } as const;
}
