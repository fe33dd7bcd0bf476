import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetName, tableToXlsx } from './xlsx';

describe('tableToXlsx', () => {
  it('writes a workbook that exceljs reads back with text, numbers and Chinese intact', async () => {
    const bytes = await tableToXlsx(ExcelJS, {
      name: '申请人排名',
      columns: ['排名', '申请人', '同族数'],
      rows: [
        [1, '宁德时代新能源科技股份有限公司', 120],
        [2, '=HYPERLINK("x")', 7],
        [3, null, 0],
      ],
    });
    expect(new Uint8Array(bytes).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // a zip
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.getWorksheet('申请人排名');
    expect(sheet).toBeDefined();
    const values = sheet!
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
    expect(values).toEqual([
      ['排名', '申请人', '同族数'],
      [1, '宁德时代新能源科技股份有限公司', 120],
      [2, '=HYPERLINK("x")', 7],
      [3, undefined, 0],
    ]);
    // Text that looks like a formula stays text: no formula cell is written.
    expect(sheet!.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet!.getRow(1).font?.bold).toBe(true);
  });
});

describe('sheetName', () => {
  it('applies Excel tab name rules', () => {
    expect(sheetName('Top CPC subclasses [2015/2024]')).toBe('Top CPC subclasses 2015 2024');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName(' :: ')).toBe('Sheet1');
  });
});
