// Pure edits of a cached, paged lead list (TanStack's InfiniteData), for the optimistic kanban
// move and for applying a realtime change before the refetch lands. They return the same object
// when nothing changes, so an untouched list does not re-render.

interface Page {
  items: { id: string }[];
  total?: number | null;
}

interface Paged<P extends Page, Param> {
  pages: P[];
  pageParams: Param[];
}

type ItemOf<P extends Page> = P["items"][number];

const adjust = (total: number | null | undefined, by: number) => (typeof total === "number" ? Math.max(0, total + by) : total);

export function findInPages<P extends Page, Param>(data: Paged<P, Param> | undefined, id: string): ItemOf<P> | undefined {
  for (const page of data?.pages ?? []) {
    const found = page.items.find((item) => item.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The list without the item; the first page's total goes down by one. */
export function removeFromPages<P extends Page, Param>(data: Paged<P, Param> | undefined, id: string): Paged<P, Param> | undefined {
  if (!data || !findInPages(data, id)) return data;
  return {
    ...data,
    pages: data.pages.map((page, index) => ({
      ...page,
      items: page.items.filter((item) => item.id !== id),
      ...(index === 0 ? { total: adjust(page.total, -1) } : {}),
    })),
  };
}

/** The item at the top of the first page (replacing an older copy of it); the total counts it once. */
export function prependToPages<P extends Page, Param>(data: Paged<P, Param> | undefined, item: ItemOf<P>): Paged<P, Param> | undefined {
  if (!data) return data;
  // Removing an older copy lowered the total by one; adding it back raises it again.
  const without = removeFromPages(data, item.id) ?? data;
  return {
    ...without,
    pages: without.pages.map((page, index) => (index === 0 ? { ...page, items: [item, ...page.items], total: adjust(page.total, 1) } : page)),
  };
}

/** The item changed in place wherever it is. */
export function patchInPages<P extends Page, Param>(data: Paged<P, Param> | undefined, id: string, patch: Partial<ItemOf<P>>): Paged<P, Param> | undefined {
  if (!data || !findInPages(data, id)) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === id ? { ...item, ...patch } : item)) })),
  };
}
