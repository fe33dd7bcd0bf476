import { describe, expect, it } from 'vitest';
import { snapshotCell } from './table-cells';

describe('pinned table cells', () => {
  it('keeps plain numbers as numbers and everything else as text', () => {
    expect(
      ['1,234', '-12', '0.25', '12 %', 'CN112', '', '  宁德时代  ', '1,23'].map(snapshotCell),
    ).toStrictEqual([1234, -12, 0.25, '12 %', 'CN112', null, '宁德时代', '1,23']);
  });
});
