import type { BubbleMatrixResponse } from '@graph-schema/dto/bubble-matrix';
import { describe, expect, it } from 'vitest';
import { growthColor, MISSING_COLOR, rtaColor } from '../navigation/color-scale';
import { bubbleLayout, bubbleRadius, CELL, shortLabel } from './model';

const matrix: BubbleMatrixResponse = {
  axis: 'branch',
  level: 'subclass',
  dateBasis: 'priority',
  window: { earlierFrom: 2015, earlierTo: 2017, recentFrom: 2018, recentTo: 2020 },
  rows: [
    { key: 'a', name: 'Alpha Battery Corporation Limited', families: 10 },
    { key: 'b', name: '乙公司', families: 4 },
  ],
  columns: [
    { id: 'c:x', label: 'Cathode', labelZh: '正极', families: 30 },
    { id: 'c:y', label: 'Anode', labelZh: '负极', families: 20 },
  ],
  cells: [
    { applicant: 'a', column: 'c:x', families: 8, recent: 4, earlier: 2, growth: 1, rta: 2 },
    { applicant: 'b', column: 'c:y', families: 2, recent: 1, earlier: 0, growth: null, rta: 0.5 },
  ],
  scopeFamilies: 50,
  totalApplicants: 2,
  totalColumns: 2,
  truncated: false,
  evidence: { path: '/api/maps/bubble-matrix', cypher: '', params: {} },
};

describe('bubble matrix geometry', () => {
  it('makes bubble area proportional to families', () => {
    const big = bubbleRadius(8, 8);
    const small = bubbleRadius(2, 8);
    expect(big).toBe(CELL / 2 - 2);
    expect((small / big) ** 2).toBeCloseTo(2 / 8, 12);
    expect(bubbleRadius(0, 8)).toBe(0);
  });

  it('places each cell at its row and column and colours it by the chosen measure', () => {
    const growth = bubbleLayout(matrix, 'growth', 'zh');
    expect(growth.bubbles.map((b) => [b.cx, b.cy])).toEqual([
      [210 + CELL / 2, 120 + CELL / 2],
      [210 + 1.5 * CELL, 120 + 1.5 * CELL],
    ]);
    expect(growth.bubbles.map((b) => b.fill)).toEqual([growthColor(1), MISSING_COLOR]);
    expect(growth.columns.map((c) => c.text)).toEqual(['正极', '负极']);
    const rta = bubbleLayout(matrix, 'rta', 'en');
    expect(rta.bubbles.map((b) => b.fill)).toEqual([rtaColor(2), rtaColor(0.5)]);
    expect(rta.columns.map((c) => c.text)).toEqual(['Cathode', 'Anode']);
    expect(rta.rows.map((r) => r.text)).toEqual(['Alpha Battery C…', '乙公司']);
  });

  it('cuts long labels by characters, not bytes', () => {
    expect(shortLabel('宁德时代新能源科技股份有限公司研究院分部', 8)).toBe('宁德时代新能源…');
  });
});
