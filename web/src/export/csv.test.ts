import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from './csv';

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs quoting and ends lines with CRLF', () => {
    const csv = toCsv(
      ['排名', 'Applicant', 'Families'],
      [
        [1, '宁德时代新能源科技股份有限公司', 120],
        [2, 'LG Energy Solution, Ltd.', 80],
        [3, 'Say "hi"\nto Bob', null],
      ],
    );
    expect(csv).toBe(
      `${UTF8_BOM}排名,Applicant,Families\r\n` +
        '1,宁德时代新能源科技股份有限公司,120\r\n' +
        '2,"LG Energy Solution, Ltd.",80\r\n' +
        '3,"Say ""hi""\nto Bob",\r\n',
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('keeps spreadsheet formulas from running but leaves numbers alone', () => {
    expect(['=SUM(A1)', '+1', '-x', '@cmd', 'a=b'].map(csvCell)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-x",
      "'@cmd",
      'a=b',
    ]);
    expect(csvCell(-3)).toBe('-3');
  });
});
