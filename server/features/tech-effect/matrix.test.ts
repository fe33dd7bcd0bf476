import { describe, expect, it } from 'vitest';
import { buildMatrix, type MatrixFamily } from './matrix';

const fam = (
  family: string,
  rows: string[],
  strict: string[],
  extra: { loose?: string[]; mentions?: string[] } = {},
): MatrixFamily => ({
  family,
  example: `CN${family}A`,
  rows,
  strict: new Set(strict),
  loose: new Set(extra.loose ?? []),
  mentionedRows: new Set(extra.mentions ?? []),
  evidence: new Map(),
});

const options = {
  rows: [
    { id: 'a', siblings: ['b'] },
    { id: 'b', siblings: ['a'] },
  ],
  effects: ['x', 'y'],
  minRowFamilies: 2,
  minColumnFamilies: 2,
  // These cells expect 1 family; the threshold has its own tests below.
  minExpectedFamilies: 1,
  examples: 2,
};

describe('buildMatrix', () => {
  it('counts families per cell and labels an empty active cell white space', () => {
    const families = [
      fam('1', ['a'], ['x']),
      fam('2', ['a'], ['x']),
      fam('3', ['b'], ['y']),
      fam('4', ['b'], ['x', 'y']),
    ];
    const matrix = buildMatrix(families, options);
    expect(matrix.rows).toEqual([
      { id: 'a', families: 2, active: true },
      { id: 'b', families: 2, active: true },
    ]);
    const ay = matrix.cells.find((c) => c.row === 'a' && c.effect === 'y')!;
    expect(ay).toMatchObject({ families: 0, kind: 'white_space', observedToExpected: 0, band: 'far below' });
    // Expected if effects were spread evenly: 2 row families × 2 column families / 4 families = 1.
    expect(ay.reasons).toEqual([
      {
        code: 'techEffect.lowCell',
        params: { rowFamilies: 2, effectFamilies: 2, cellFamilies: 0, expected: 1 },
        text: 'row has 2 families and the effect 2; this cell 0, expected ~1 if effects were spread evenly (indicative)',
      },
    ]);
    const ax = matrix.cells.find((c) => c.row === 'a' && c.effect === 'x')!;
    expect(ax).toMatchObject({ families: 2, kind: 'ordinary', examples: ['CN1A', 'CN2A'] });
    expect(matrix.familiesWithEffect).toBe(4);
  });

  it('calls an empty cell an apparent gap when the row words the effect loosely', () => {
    const families = [
      fam('1', ['a'], ['x'], { loose: ['y'] }),
      fam('2', ['a'], ['x']),
      fam('3', ['b'], ['y']),
      fam('4', ['b'], ['y']),
    ];
    const ay = buildMatrix(families, options).cells.find((c) => c.row === 'a' && c.effect === 'y')!;
    expect(ay.kind).toBe('apparent_gap');
    expect(ay.artefactEvidence).toEqual(['CN1A']);
    expect(ay.reasons.map((reason) => [reason.code, reason.params])).toEqual([
      ['techEffect.lowCell', { rowFamilies: 2, effectFamilies: 2, cellFamilies: 0, expected: 1 }],
      ['techEffect.looseWording', { families: 1 }],
    ]);
  });

  it('calls it an apparent gap when a sibling branch holds such families that name this branch', () => {
    const families = [
      fam('1', ['a'], ['x']),
      fam('2', ['a'], ['x']),
      fam('3', ['b'], ['y'], { mentions: ['a'] }),
      fam('4', ['b'], ['y']),
    ];
    const ay = buildMatrix(families, options).cells.find((c) => c.row === 'a' && c.effect === 'y')!;
    expect(ay.kind).toBe('apparent_gap');
    expect(ay.artefactEvidence).toEqual(['CN3A']);
    expect(ay.reasons[1]).toEqual({
      code: 'techEffect.siblingBranch',
      params: { families: 1 },
      text: '1 families of a sibling branch state the effect and name this branch 分类差异',
    });
  });

  it('leaves cells of inactive rows out of the candidates', () => {
    const families = [fam('1', ['a'], ['x']), fam('3', ['b'], ['y']), fam('4', ['b'], ['x', 'y'])];
    const ay = buildMatrix(families, options).cells.find((c) => c.row === 'a' && c.effect === 'y')!;
    expect(ay.kind).toBe('inactive');
    expect(ay.reasons.map((reason) => reason.code)).toEqual(['techEffect.inactive']);
  });

  it('calls an empty cell too few to judge when its expected count is below the minimum', () => {
    const families = [
      fam('1', ['a'], ['x']),
      fam('2', ['a'], ['x']),
      fam('3', ['b'], ['y']),
      fam('4', ['b'], ['x', 'y']),
    ];
    // Expected 2 × 2 / 4 = 1 family: below a minimum of 5 an empty cell says nothing.
    const ay = buildMatrix(families, { ...options, minExpectedFamilies: 5 }).cells.find(
      (c) => c.row === 'a' && c.effect === 'y',
    )!;
    expect(ay).toMatchObject({ families: 0, kind: 'too_few', artefactEvidence: [] });
    expect(ay.reasons).toEqual([
      {
        code: 'techEffect.tooFew',
        params: { cellFamilies: 0, expected: 1, minExpected: 5 },
        text: 'this cell 0, expected 1 if effects were spread evenly — below 5, too few to judge',
      },
    ]);
  });

  it('still calls white space where the expected count reaches the minimum', () => {
    // 10 families in row a stating x; 10 in row b stating y: cell a × y expects 10 × 10 / 20 = 5.
    const families = [
      ...Array.from({ length: 10 }, (_, i) => fam(`a${i}`, ['a'], ['x'])),
      ...Array.from({ length: 10 }, (_, i) => fam(`b${i}`, ['b'], ['y'])),
    ];
    const matrix = buildMatrix(families, { ...options, minExpectedFamilies: 5 });
    expect(matrix.cells.find((c) => c.row === 'a' && c.effect === 'y')!.kind).toBe('white_space');
  });

  it('carries the phrase evidence of the example families', () => {
    const evidence = {
      patent: 'CN1A',
      field: 'abstractEn' as const,
      pattern: 'en.verb-object',
      phrase: 'reduces x',
      sentence: 'It reduces x.',
      sentenceSpan: { start: 0, end: 13 },
    };
    const withEvidence = { ...fam('1', ['a'], ['x']), evidence: new Map([['x', evidence]]) };
    const matrix = buildMatrix([withEvidence, fam('2', ['a'], ['x'])], options);
    expect(matrix.cells.find((c) => c.row === 'a' && c.effect === 'x')!.evidence).toEqual([evidence]);
  });
});
