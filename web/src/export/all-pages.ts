/**
 * Every row of a paged API list, for whole-list exports: pages are asked for one after another
 * (the server is not flooded) until the API's total or the cap is reached. The cap keeps one
 * export of a huge scope from holding the browser; the export's header states when it applied.
 */

/** Rows one export writes at most; the header says "capped" beyond it. */
export const EXPORT_ROW_CAP = 50_000;

export interface Page<T> {
  /** Rows of the whole list (all pages). */
  total: number;
  items: readonly T[];
}

export interface AllRows<T> {
  items: T[];
  total: number;
  capped: boolean;
}

/**
 * `fetchPage(offset, limit)` is called with offsets 0, pageSize, 2·pageSize …; a short or empty
 * page ends the loop early, so a total that shrank between pages cannot loop forever.
 */
export async function fetchAllPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  pageSize: number,
  cap: number = EXPORT_ROW_CAP,
): Promise<AllRows<T>> {
  const items: T[] = [];
  let total = Number.POSITIVE_INFINITY;
  while (items.length < Math.min(total, cap)) {
    const limit = Math.min(pageSize, cap - items.length);
    const page = await fetchPage(items.length, limit);
    total = page.total;
    items.push(...page.items);
    if (page.items.length < limit) break;
  }
  const kept = items.slice(0, cap);
  return { items: kept, total: Number.isFinite(total) ? total : kept.length, capped: kept.length < total };
}
