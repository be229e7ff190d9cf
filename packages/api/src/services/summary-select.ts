/** A related record (owner, assignee, contact…) as lists and details show it: its id and name (`userSummarySchema` on the way out). */
export const summarySelect = { select: { id: true, name: true } } as const;
