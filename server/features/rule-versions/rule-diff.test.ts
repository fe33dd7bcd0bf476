import { describe, expect, it } from 'vitest';
import { diffTagging, type FamilyHit } from './rule-diff';

const hit = (family: string, evidence: string | null = 'H01M4/587'): FamilyHit => ({
  family,
  patentId: `CN-${family}`,
  title: { zh: `标题 ${family}`, en: null },
  evidence,
});

describe('diffTagging (rule preview)', () => {
  const current = new Set(['f1', 'f2', 'f3', 'f4']);
  const proposed = new Map(['f3', 'f4', 'f5', 'f6', 'f7'].map((f) => [f, hit(f)]));

  it('counts what an edit adds and removes against the current tagging', () => {
    const diff = diffTagging(current, proposed, (f) => hit(f, 'ignored'), 10);
    expect(diff.current).toBe(4);
    expect(diff.proposed).toBe(5);
    expect(diff.added.families).toBe(3);
    expect(diff.removed.families).toBe(2);
    expect(diff.added.sample.map((h) => h.family)).toEqual(['f5', 'f6', 'f7']);
    expect(diff.removed.sample.map((h) => h.family)).toEqual(['f1', 'f2']);
    // proposed − added + removed = current
    expect(diff.proposed - diff.added.families + diff.removed.families).toBe(diff.current);
  });

  it('samples the lowest family ids, removed hits without evidence', () => {
    const diff = diffTagging(current, proposed, (f) => hit(f), 1);
    expect(diff.added).toEqual({ families: 3, sample: [hit('f5')] });
    expect(diff.removed).toEqual({ families: 2, sample: [hit('f1', null)] });
  });

  it('reports no change when the edit tags the same families', () => {
    const same = new Map([...current].map((f) => [f, hit(f)]));
    const diff = diffTagging(current, same, hit, 5);
    expect(diff.added.families + diff.removed.families).toBe(0);
    expect(diff.added.sample).toEqual([]);
    expect(diff.removed.sample).toEqual([]);
  });
});
