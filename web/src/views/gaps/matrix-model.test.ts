import { describe, expect, it } from 'vitest';
import { countColor, DIVERGING_STOPS, MISSING_COLOR, rtaColor, shareColor } from '../navigation/color-scale';
import { GAPS_FIXTURE } from './fixture.test-data';
import { FIELD_COLUMN, gapMatrix, orderedRows } from './matrix-model';

describe('layout-gap heatmap model', () => {
  it('has target, competitors and field as columns and one row per leaf branch, grouped by segment', () => {
    const matrix = gapMatrix(GAPS_FIXTURE, 'families', 'en');
    expect(matrix.columns.map((c) => [c.key, c.role])).toEqual([
      ['catl', 'target'],
      ['byd', 'competitor'],
      ['lg', 'competitor'],
      [FIELD_COLUMN, 'field'],
    ]);
    expect(matrix.sections.map((s) => [s.name, s.rows.map((r) => r.name)])).toEqual([
      ['Upstream', ['Branch 1.1', 'Branch 1.2']],
      ['Downstream', ['Branch 3.1']],
    ]);
    const cells = matrix.sections.flatMap((s) => s.rows.flatMap((r) => r.cells));
    expect(cells).toHaveLength(3 * 4);
  });

  it('scales party families together and the field column on its own', () => {
    const [first] = gapMatrix(GAPS_FIXTURE, 'families', 'en').sections[0]!.rows;
    expect(first!.cells.map((c) => [c.value, c.text, c.color])).toEqual([
      [25, '25', countColor(25, 40)],
      [40, '40', countColor(40, 40)],
      [5, '5', countColor(5, 40)],
      [100, '100', countColor(100, 100)],
    ]);
  });

  it('shows shares of the branch, and the branch share of the chain in the field column', () => {
    const [first] = gapMatrix(GAPS_FIXTURE, 'share', 'en').sections[0]!.rows;
    expect(first!.cells.map((c) => c.text)).toEqual(['25%', '40%', '5%', '50%']);
    expect(first!.cells[0]!.color).toBe(shareColor(0.25, 0.4));
  });

  it('colours RTA on the diverging scale, with the field as the neutral reference 1', () => {
    const [first] = gapMatrix(GAPS_FIXTURE, 'rta', 'zh').sections[0]!.rows;
    expect(first!.cells.map((c) => c.text)).toEqual(['2.00', '0.50', '1.00', '1.00']);
    expect(first!.cells.map((c) => c.color)).toEqual([
      rtaColor(2),
      rtaColor(0.5),
      rtaColor(1),
      DIVERGING_STOPS[2],
    ]);
  });

  it('shows share and RTA of a branch without families as missing, not as zero', () => {
    const empty = {
      ...GAPS_FIXTURE,
      segments: [
        {
          ...GAPS_FIXTURE.segments[1]!,
          branches: [{ ...GAPS_FIXTURE.segments[1]!.branches[0]!, fieldFamilies: 0 }],
        },
      ],
    };
    const [row] = gapMatrix(empty, 'rta', 'en').sections[0]!.rows;
    expect(row!.cells.map((c) => [c.value, c.text, c.color])).toEqual(
      Array.from({ length: 4 }, () => [null, '—', MISSING_COLOR]),
    );
  });

  it('keeps the verdict with the row', () => {
    const rows = gapMatrix(GAPS_FIXTURE, 'families', 'en').sections.flatMap((s) => s.rows);
    expect(rows.map((r) => r.branch.verdict)).toEqual(['strength', 'gap', 'watch']);
  });
});

describe('parent rows of the heatmap', () => {
  it('puts each parent above its first leaf, nested by depth, with its aggregated cells', () => {
    const position = (key: string, families: number) => ({ key, families, shareOfBranch: 0, rta: 0 });
    const parent = (id: string, parentId: string | null, families: number) => ({
      id,
      name: { zh: null, en: id },
      level: 1,
      segment: 'lib:up',
      parentId,
      fieldFamilies: families,
      own: position('catl', 1),
      competitors: [position('byd', 2), position('lg', 3)],
      competitorVerdict: 'competitorAhead' as const,
      competitorReasons: [],
    });
    const [up, down] = GAPS_FIXTURE.segments;
    const gaps = {
      ...GAPS_FIXTURE,
      segments: [
        {
          ...up!,
          branches: up!.branches.map((b) => ({ ...b, parentId: 'lib:1.x' })),
          parents: [parent('lib:1', null, 140), parent('lib:1.x', 'lib:1', 120)],
        },
        down!,
      ],
    };
    const [section] = gapMatrix(gaps, 'families', 'en').sections;
    expect(
      orderedRows(section!).map((r) => [
        r.kind,
        r.depth,
        r.kind === 'leaf' ? r.row.branch.id : r.row.parent.id,
      ]),
    ).toEqual([
      ['parent', 0, 'lib:1'],
      ['parent', 1, 'lib:1.x'],
      ['leaf', 2, 'lib:1.1'],
      ['leaf', 2, 'lib:1.2'],
    ]);
    expect(section!.parents.map((p) => p.cells.map((c) => c.value))).toEqual([
      [1, 2, 3, 140],
      [1, 2, 3, 120],
    ]);
  });
});
