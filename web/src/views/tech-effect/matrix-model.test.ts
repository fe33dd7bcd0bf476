import { describe, expect, it } from 'vitest';
import { countColor, SEQUENTIAL_STOPS } from '../navigation/color-scale';
import { TECH_EFFECT_FIXTURE } from './fixture.test-data';
import { techEffectMatrix } from './matrix-model';

describe('technology–effect matrix model', () => {
  it('hides inactive rows and columns unless asked', () => {
    const compact = techEffectMatrix(TECH_EFFECT_FIXTURE, 'en', false);
    expect(compact.columns.map((c) => c.name)).toEqual(['reduce cost', 'improve safety']);
    expect(compact.rows.map((r) => r.name)).toEqual(['A']);
    const full = techEffectMatrix(TECH_EFFECT_FIXTURE, 'zh', true);
    expect(full.columns.map((c) => c.name)).toEqual(['降低成本', '提升安全性', '减轻重量']);
    expect(full.rows.map((r) => r.cells.length)).toEqual([3, 3]);
  });

  it('colours cells by families on one scale and keeps each cell kind', () => {
    const [row] = techEffectMatrix(TECH_EFFECT_FIXTURE, 'en', false).rows;
    expect(row!.cells.map((c) => [c.text, c.cell.kind, c.color])).toEqual([
      ['40', 'saturated', countColor(40, 40)],
      ['0', 'white_space', SEQUENTIAL_STOPS[0]],
    ]);
  });

  it('fills a cell the API left out as empty and inactive', () => {
    const full = techEffectMatrix(TECH_EFFECT_FIXTURE, 'en', true);
    expect(full.rows[1]!.cells[2]!.cell).toMatchObject({
      row: 'lib:b',
      effect: 'weight',
      families: 0,
      kind: 'inactive',
    });
  });
});
