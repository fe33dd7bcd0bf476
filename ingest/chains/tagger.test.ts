import type { ChainDefinition, ChainRule } from '@graph-schema/chains/schema';
import { compileChains, tagRecord } from '@graph-schema/chains/tagger';
import { describe, expect, it } from 'vitest';
import { makeRecord, type RecordSketch } from './test-records';

/** A one-segment chain whose leaves are the given rule lists (leaf ids b1, b2 …). */
function chainOf(...leaves: ChainRule[][]): ChainDefinition {
  return {
    id: 'c',
    name: { zh: '链', en: 'Chain' },
    version: '1',
    source: 'test',
    vocabularies: { ev: ['电动汽车', 'electric vehicle*'] },
    segments: [
      {
        id: 'up',
        kind: 'upstream',
        name: { zh: '上游', en: 'Upstream' },
        branches: leaves.map((rules, index) => ({
          id: `b${index + 1}`,
          level: 1 as const,
          name: { zh: `分支${index + 1}`, en: `Branch ${index + 1}` },
          rules,
        })),
      },
    ],
  };
}

function tag(chain: ChainDefinition, sketch: RecordSketch) {
  return tagRecord(makeRecord(sketch), compileChains([chain]));
}

const hit = (branchId: string, ruleId: string, matchedBy: { classification?: string; keyword?: string }) => ({
  chainId: 'c',
  segmentId: 'up',
  branchId,
  ruleId,
  matchedBy,
});

describe('tagRecord semantics', () => {
  const mainGroup = chainOf([{ id: 'r', classifications: { include: ['B60K1*'] } }]);

  it('a main-group wildcard covers its subgroups but not a longer group number', () => {
    expect(tag(mainGroup, { ipc: ['B60K1/04'] })).toEqual([hit('b1', 'r', { classification: 'B60K1/04' })]);
    expect(tag(mainGroup, { ipc: ['B60K11/02'] })).toEqual([]);
  });

  it('a subgroup wildcard covers deeper digits; an exact pattern only itself', () => {
    const chain = chainOf([{ id: 'r', classifications: { include: ['H01M4/13*', 'H01M4/58'] } }]);
    expect(tag(chain, { ipc: ['H01M4/1391'] })).toEqual([hit('b1', 'r', { classification: 'H01M4/1391' })]);
    expect(tag(chain, { ipc: ['H01M4/58'] })).toEqual([hit('b1', 'r', { classification: 'H01M4/58' })]);
    expect(tag(chain, { ipc: ['H01M4/5825'] })).toEqual([]);
  });

  it('a classification exclusion removes that symbol only (不含 carves the range)', () => {
    const chain = chainOf([{ id: 'r', classifications: { include: ['B60K6*'], exclude: ['B60K6/08'] } }]);
    expect(tag(chain, { ipc: ['B60K6/08'] })).toEqual([]);
    expect(tag(chain, { ipc: ['B60K6/08', 'B60K6/20'] })).toEqual([
      hit('b1', 'r', { classification: 'B60K6/20' }),
    ]);
  });

  it('classification AND any keyword; a keyword exclusion vetoes the rule (不包括)', () => {
    const chain = chainOf([
      {
        id: 'r',
        classifications: { include: ['H02K*'] },
        keywords: { any: ['@ev', '机动车'], exclude: ['燃料汽车'] },
      },
    ]);
    expect(tag(chain, { ipc: ['H02K1/27'], titleZh: '电动汽车用永磁电机' })).toEqual([
      hit('b1', 'r', { classification: 'H02K1/27', keyword: '电动汽车' }),
    ]);
    expect(tag(chain, { ipc: ['H02K1/27'], titleEn: 'Motor for electric vehicles' })).toEqual([
      hit('b1', 'r', { classification: 'H02K1/27', keyword: 'electric vehicle' }),
    ]);
    expect(tag(chain, { ipc: ['H02K1/27'], titleZh: '一种电机' })).toEqual([]);
    expect(tag(chain, { ipc: ['H02K1/27'], titleZh: '电动汽车与燃料汽车通用电机' })).toEqual([]);
    expect(tag(chain, { ipc: ['B60L50/64'], titleZh: '电动汽车' })).toEqual([]);
  });

  it('keywords.all needs every condition, each satisfied by one of its "|" alternatives', () => {
    const chain = chainOf([{ id: 'r', keywords: { all: ['无人机|drone*', '芯片|chip*'] } }]);
    expect(tag(chain, { titleEn: 'Flight controller chip for drones' })).toEqual([
      hit('b1', 'r', { keyword: 'drone' }),
    ]);
    expect(tag(chain, { titleZh: '无人机机臂' })).toEqual([]);
  });

  it('a keyword-only rule matches without classifications', () => {
    const chain = chainOf([{ id: 'r', keywords: { any: ['反无人机'] } }]);
    expect(tag(chain, { abstractZh: '一种反无人机干扰系统' })).toEqual([
      hit('b1', 'r', { keyword: '反无人机' }),
    ]);
  });

  it('scheme restricts which classifications a rule reads', () => {
    const chain = chainOf([{ id: 'r', scheme: 'CPC', classifications: { include: ['Y02W30/84*'] } }]);
    expect(tag(chain, { cpc: ['Y02W30/84'] })).toEqual([hit('b1', 'r', { classification: 'Y02W30/84' })]);
    expect(tag(chain, { ipc: ['Y02W30/84'] })).toEqual([]);
  });

  it('gives one tag per branch (first matching rule) and tags every matching branch', () => {
    const chain = chainOf(
      [
        { id: 'b1-r1', classifications: { include: ['H01M10/42*'] }, keywords: { any: ['锂离子'] } },
        { id: 'b1-r2', classifications: { include: ['H01M*'] } },
      ],
      [{ id: 'b2-r1', classifications: { include: ['H02J7*'] } }],
    );
    expect(tag(chain, { ipc: ['H01M10/425', 'H02J7/00'], titleZh: '钠离子电池管理' })).toEqual([
      hit('b1', 'b1-r2', { classification: 'H01M10/425' }),
      hit('b2', 'b2-r1', { classification: 'H02J7/00' }),
    ]);
  });

  it('searches claims only when asked to', () => {
    const chain = chainOf([{ id: 'r', keywords: { any: ['LiFSI'] } }]);
    const record = makeRecord({ titleEn: 'Electrolyte', claims: ['1. An electrolyte comprising LiFSI.'] });
    expect(tagRecord(record, compileChains([chain]))).toEqual([]);
    expect(tagRecord(record, compileChains([chain], { textFields: ['title', 'claims'] }))).toEqual([
      hit('b1', 'r', { keyword: 'LiFSI' }),
    ]);
  });

  it('keeps results independent across records (stamped scratch state)', () => {
    const compiled = compileChains([mainGroup]);
    expect(tagRecord(makeRecord({ ipc: ['B60K1/04'] }), compiled)).toHaveLength(1);
    expect(tagRecord(makeRecord({ ipc: ['H01M4/13'] }), compiled)).toEqual([]);
    expect(tagRecord(makeRecord({ ipc: ['B60K1/00'] }), compiled)).toHaveLength(1);
  });
});
