import { indexChain } from '@graph-schema/chains/chain-tree';
import type { ChainTag } from '@graph-schema/chains/tagger';
import { describe, expect, it } from 'vitest';
import { sampleByBranch, summariseTags, type TaggedRecord } from './sample';
import { findSiblingOverlaps } from './sibling-overlap';
import { smallChain } from './test-chains';

/** A chain with two sibling leaves (demo-motor, demo-inverter) under demo-drive. */
function twoLeafIndex() {
  const chain = smallChain();
  const drive = chain.segments[0]?.branches[0];
  drive?.children?.push({
    id: 'demo-inverter',
    level: 2,
    name: { zh: '逆变器', en: 'Inverter' },
    rules: [{ id: 'demo-inverter-r1', classifications: { include: ['H02M7*'] } }],
  });
  return indexChain(chain);
}

const tagFor = (branchId: string): ChainTag => ({
  chainId: 'demo',
  segmentId: 'demo-up',
  branchId,
  ruleId: `${branchId}-r1`,
  matchedBy: { classification: 'H02K1/27' },
});

function records(count: number, branches: (index: number) => string[]): TaggedRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    publicationId: `CN${1000 + index}A`,
    familyKey: `F${Math.floor(index / 2)}`, // two publications per family
    title: `专利 ${index}`,
    tags: branches(index).map(tagFor),
  }));
}

describe('summariseTags', () => {
  it('counts records and families per segment and branch, once per node', () => {
    const tagged = records(6, (index) => (index < 2 ? ['demo-motor', 'demo-inverter'] : ['demo-motor']));
    const [counts] = summariseTags(tagged, [twoLeafIndex()]);
    expect(counts).toEqual({
      chainId: 'demo',
      total: { records: 6, families: 3 },
      nodes: new Map([
        ['segment:demo-up', { records: 6, families: 3 }],
        ['branch:demo-drive', { records: 6, families: 3 }],
        ['branch:demo-motor', { records: 6, families: 3 }],
        ['branch:demo-inverter', { records: 2, families: 1 }],
      ]),
    });
  });
});

describe('sampleByBranch', () => {
  const tagged = records(100, (index) =>
    index % 4 === 0 ? ['demo-motor', 'demo-inverter'] : ['demo-motor'],
  );
  const ids = (seed: number, perBranch: number) =>
    sampleByBranch(tagged, { seed, perBranch }).map((branch) => ({
      branchId: branch.branchId,
      total: branch.total,
      ids: branch.sample.map((hit) => hit.publicationId),
    }));

  it('is reproducible for a seed and differs between seeds', () => {
    expect(ids(1, 25)).toEqual(ids(1, 25));
    expect(ids(1, 25)).not.toEqual(ids(2, 25));
  });

  it('caps each branch at perBranch and keeps input order within the sample', () => {
    const [motor, inverter] = ids(7, 25);
    expect(motor?.total).toBe(100);
    expect(motor?.ids).toHaveLength(25);
    expect(inverter?.total).toBe(25);
    expect(inverter?.ids).toEqual(tagged.filter((_, index) => index % 4 === 0).map((r) => r.publicationId));
    const order = (motor?.ids ?? []).map((id) => Number(id.slice(2, -1)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('carries the matched rule and evidence of each sampled hit', () => {
    const [motor] = sampleByBranch(tagged.slice(0, 1), { seed: 1, perBranch: 5 });
    expect(motor).toEqual({
      chainId: 'demo',
      branchId: 'demo-motor',
      total: 1,
      sample: [
        {
          publicationId: 'CN1000A',
          title: '专利 0',
          ruleId: 'demo-motor-r1',
          matchedBy: { classification: 'H02K1/27' },
        },
      ],
    });
  });
});

describe('findSiblingOverlaps', () => {
  it('warns when a record hits two siblings of one parent', () => {
    const tagged = records(5, (index) => (index < 4 ? ['demo-motor', 'demo-inverter'] : ['demo-motor']));
    expect(findSiblingOverlaps(tagged, [twoLeafIndex()])).toEqual([
      {
        chainId: 'demo',
        parentId: 'demo-drive',
        branchIds: ['demo-inverter', 'demo-motor'],
        records: 4,
        examples: ['CN1000A', 'CN1001A', 'CN1002A'],
      },
    ]);
  });
});
