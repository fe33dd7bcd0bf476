import { indexChain } from '@graph-schema/chains/chain-tree';
import type { ChainDefinition } from '@graph-schema/chains/schema';
import { describe, expect, it } from 'vitest';
import { formatOverlapMatrix, siblingOverlapMatrix } from './overlap-matrix';
import type { TaggedRecord } from './sample';

const leaf = (id: string) => ({
  id,
  level: 2 as const,
  name: { zh: id, en: id },
  rules: [{ id: `${id}-r1`, classifications: { include: ['H01M4*'] } }],
});

const chain: ChainDefinition = {
  id: 'c',
  name: { zh: '链', en: 'Chain' },
  version: '1',
  source: 'test',
  segments: [
    {
      id: 'up',
      kind: 'upstream',
      name: { zh: '上游', en: 'Upstream' },
      branches: [
        { id: 'p', level: 1, name: { zh: '父', en: 'Parent' }, children: [leaf('a'), leaf('b'), leaf('d')] },
      ],
    },
  ],
};

const tag = (branchId: string) => ({
  chainId: 'c',
  branchId,
  segmentId: 'up',
  ruleId: `${branchId}-r1`,
  matchedBy: {},
});
const record = (familyKey: string, ...branches: string[]): TaggedRecord => ({
  publicationId: `${familyKey}-pub`,
  familyKey,
  title: familyKey,
  tags: branches.map(tag),
});

describe('siblingOverlapMatrix', () => {
  it('counts families in both siblings, once per family, and the largest share of the smaller branch', () => {
    const tagged = [
      record('f1', 'a', 'b'),
      record('f1', 'a', 'b'), // a second member of the same family counts once
      record('f2', 'a'),
      record('f3', 'b'),
      record('f4', 'd'),
      record('f5', 'a'),
    ];
    const matrix = siblingOverlapMatrix(tagged, indexChain(chain), 'p');
    expect(matrix.branchIds).toEqual(['a', 'b', 'd']);
    expect(matrix.families).toEqual([3, 2, 1]);
    expect(matrix.both).toEqual([
      [3, 1, 0],
      [1, 2, 0],
      [0, 0, 1],
    ]);
    // a∩b = 1 of the smaller b (2 families).
    expect(matrix.maxShare).toBeCloseTo(0.5);
    expect(formatOverlapMatrix(matrix)).toContain('| a | 3 | 1 | 0 |');
  });

  it('reports no overlap for disjoint or empty siblings', () => {
    const matrix = siblingOverlapMatrix([record('f1', 'a'), record('f2', 'b')], indexChain(chain), 'p');
    expect(matrix.maxShare).toBe(0);
    expect(matrix.both[0]).toEqual([1, 0, 0]);
  });
});
