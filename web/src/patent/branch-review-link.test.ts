import { describe, expect, it } from 'vitest';
import { branchReviewLink } from './patent-sections';

describe('branchReviewLink', () => {
  it('links a drawer branch tag to the branch review of the open project', () => {
    const link = branchReviewLink(
      '/?view=landscape&project=p-1&patent=CN1A',
      'zh',
      'lithium-battery:lib-anode-carbon',
    );
    const params = new URLSearchParams(link?.split('?')[1]);
    expect(link?.startsWith('/?')).toBe(true);
    expect(Object.fromEntries(params)).toEqual({
      view: 'branch-review',
      lang: 'zh',
      project: 'p-1',
      chain: 'lithium-battery',
      leaf: 'lithium-battery:lib-anode-carbon',
    });
  });

  it('offers no link without an open project (the review is kept with a project)', () => {
    expect(branchReviewLink('/?view=landscape&patent=CN1A', 'en', 'ev:ev-motor')).toBeUndefined();
  });
});
