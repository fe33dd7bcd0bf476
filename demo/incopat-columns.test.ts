import { describe, expect, it } from 'vitest';
import { EXCEL_CELL_LIMIT, joinFitting } from './incopat-columns';

describe('joinFitting (an Excel cell holds 32,767 characters)', () => {
  it('joins a short list whole', () => {
    expect(joinFitting(['CN1A', 'US2B'])).toBe('CN1A; US2B');
    expect(joinFitting([])).toBe('');
  });

  it('cuts a long list after the last whole entry that fits', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `CN${String(100000000 + i)}A`);
    const cell = joinFitting(ids);
    expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    const kept = cell.split('; ');
    expect(kept).toEqual(ids.slice(0, kept.length));
    // The next entry would not have fitted.
    expect(`${cell}; ${ids[kept.length]}`.length).toBeGreaterThan(EXCEL_CELL_LIMIT);
  });
});
