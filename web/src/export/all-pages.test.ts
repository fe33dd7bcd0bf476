import { describe, expect, it } from 'vitest';
import { fetchAllPages } from './all-pages';

/** A list of `size` numbers served in pages, recording the requests. */
function pagedList(size: number) {
  const requests: [number, number][] = [];
  const list = Array.from({ length: size }, (_, index) => index);
  const fetchPage = async (offset: number, limit: number) => {
    requests.push([offset, limit]);
    return { total: size, items: list.slice(offset, offset + limit) };
  };
  return { requests, fetchPage, list };
}

describe('fetchAllPages', () => {
  it('reads every page in order until the total', async () => {
    const { requests, fetchPage, list } = pagedList(1234);
    expect(await fetchAllPages(fetchPage, 500)).toEqual({ items: list, total: 1234, capped: false });
    expect(requests).toEqual([
      [0, 500],
      [500, 500],
      [1000, 500],
    ]);
  });

  it('stops at the cap and says so', async () => {
    const { requests, fetchPage, list } = pagedList(1234);
    expect(await fetchAllPages(fetchPage, 500, 700)).toEqual({
      items: list.slice(0, 700),
      total: 1234,
      capped: true,
    });
    expect(requests).toEqual([
      [0, 500],
      [500, 200],
    ]);
  });

  it('asks once for an empty list', async () => {
    const { requests, fetchPage } = pagedList(0);
    expect(await fetchAllPages(fetchPage, 100)).toEqual({ items: [], total: 0, capped: false });
    expect(requests).toEqual([[0, 100]]);
  });
});
