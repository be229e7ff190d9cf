/** A stored address (a contact's, a household's) on one line; blank when there is none. */
export function formatAddress(
  address: { line1?: string | null; line2?: string | null; city?: string | null; region?: string | null; postalCode?: string | null; country?: string | null } | null | undefined,
): string {
  return address ? [address.line1, address.line2, address.city, address.region, address.postalCode, address.country].filter(Boolean).join(", ") : "";
}
