import { describe, expect, it } from 'vitest';
import { culledLabelIds, labelFontSize, MIN_LABEL_PX } from './label-fit';
import { graphSeed, seededPosition, withSeededRandom } from './seeded-random';
import { edgeTooltipLines, nodeTooltipLines } from './tooltip';
import { WHEEL_ZOOM_STEP, wheelNotches, zoomAfterWheel } from './wheel-zoom';

describe('seeded randomness', () => {
  it('seeds a graph by its ids in any order and places a node by its id alone', () => {
    expect(graphSeed(['b', 'a'], ['e2', 'e1'])).toBe(graphSeed(['a', 'b'], ['e1', 'e2']));
    expect(graphSeed(['a', 'b'], [])).not.toBe(graphSeed(['a', 'c'], []));
    expect(seededPosition('applicant:catl', 500)).toStrictEqual(seededPosition('applicant:catl', 500));
    expect(seededPosition('applicant:catl', 500)).not.toStrictEqual(seededPosition('applicant:byd', 500));
  });

  it('replaces Math.random only while the work runs, even when it throws', () => {
    const original = Math.random;
    const draw = () => [Math.random(), Math.random()];
    expect(withSeededRandom(7, draw)).toStrictEqual(withSeededRandom(7, draw));
    expect(() =>
      withSeededRandom(7, () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });
});

describe('wheel zoom steps', () => {
  it('zooms by one step per mouse notch, in and out, and by fractions for touchpads', () => {
    expect(zoomAfterWheel(1, -100, 0)).toBeCloseTo(WHEEL_ZOOM_STEP, 12);
    expect(zoomAfterWheel(1, 100, 0)).toBeCloseTo(1 / WHEEL_ZOOM_STEP, 12);
    expect(zoomAfterWheel(2, -3, 1)).toBeCloseTo(2 * WHEEL_ZOOM_STEP, 12);
    expect([wheelNotches(-25, 0), wheelNotches(-400, 0), wheelNotches(12, 1)]).toStrictEqual([-0.25, -1, 1]);
  });
});

describe('readable labels', () => {
  it('never draws a label below MIN_LABEL_PX on screen', () => {
    expect([4, 1, 0.5, 0.25].map((zoom) => labelFontSize(zoom) * zoom)).toStrictEqual([44, 11, 11, 11]);
    expect(labelFontSize(0)).toBe(MIN_LABEL_PX);
  });

  it('hides the smaller of two overlapping labels, ties by id, and keeps separate ones', () => {
    const box = (id: string, size: number, x: number) => ({ id, size, x1: x, y1: 0, x2: x + 50, y2: 12 });
    expect(
      culledLabelIds([
        box('small', 20, 10),
        box('big', 80, 0),
        box('twin-b', 40, 200),
        box('twin-a', 40, 220),
      ]),
    ).toStrictEqual(new Set(['small', 'twin-b']));
    expect(culledLabelIds([box('a', 10, 0), box('b', 10, 50)])).toStrictEqual(new Set());
  });

  it('also hides a label over any other node, whatever its rank (never over its own node)', () => {
    const box = (id: string, size: number, x: number) => ({ id, size, x1: x, y1: 0, x2: x + 50, y2: 12 });
    const labels = [box('over-node', 90, 0), box('clear', 10, 200), box('path', 1000, 400)];
    const bodies = [
      box('over-node', 90, 0),
      box('other', 95, 40),
      box('clear', 10, 190),
      box('path', 1000, 400),
      box('minor', 5, 420),
    ];
    expect(culledLabelIds(labels, bodies)).toStrictEqual(new Set(['over-node', 'path']));
    expect(culledLabelIds(labels)).toStrictEqual(new Set());
  });
});

describe('tooltip text', () => {
  it('names a node, its kind and its size or families, in zh and en', () => {
    const data = { id: 'applicant:catl', label: '宁德时代', kind: 'applicant', weight: 1234 };
    expect(nodeTooltipLines(data, 'en')).toStrictEqual(['宁德时代', 'Applicant', 'Node size: 1,234']);
    expect(nodeTooltipLines(data, 'zh')).toStrictEqual(['宁德时代', '申请人', '节点大小：1,234']);
    expect(nodeTooltipLines({ id: 'x', kind: 'unknown', families: 3, weight: 9 }, 'en')).toStrictEqual([
      'x',
      'Families: 3',
    ]);
  });

  it('names a link by its ends and gives its weight', () => {
    expect(edgeTooltipLines({ weight: 40 }, { source: 'CATL', target: 'H01M' }, 'zh')).toStrictEqual([
      'CATL — H01M',
      '连线权重：40',
    ]);
    expect(edgeTooltipLines({}, { source: 'A', target: 'B' }, 'en')).toStrictEqual(['A — B']);
  });
});
