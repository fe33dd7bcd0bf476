import { describe, expect, it } from 'vitest';
import { asciiFileName, contentDisposition, fileStem, reportFileName } from './report-files';

describe('report file names', () => {
  it('names a file after the project and the day, without path or reserved characters', () => {
    expect(reportFileName('苏州市新能源汽车产业专利导航', '2026-12-04', 'docx')).toBe(
      '苏州市新能源汽车产业专利导航-2026-12-04.docx',
    );
    expect(reportFileName('../a/b: c*?', '2026-12-04', 'pdf')).toBe('a_b_ c-2026-12-04.pdf');
    expect(fileStem(' .. ')).toBe('report');
    expect([...fileStem('长'.repeat(200))].length).toBe(80);
  });

  it('gives an ASCII fallback and the real name as RFC 5987 filename*', () => {
    expect(asciiFileName('Lithium 2030-2026-12-04.xlsx')).toBe('Lithium 2030-2026-12-04.xlsx');
    expect(asciiFileName('锂电池导航-2026-12-04.html')).toBe('patnav-report-2026-12-04.html');
    expect(asciiFileName('CATL 宁德时代 "x"-2026-12-04.pdf')).toBe('CATL _ _x_-2026-12-04.pdf');
    expect(contentDisposition("锂电(池)'s-2026-12-04.pdf")).toBe(
      `attachment; filename="(_)'s-2026-12-04.pdf"; filename*=UTF-8''%E9%94%82%E7%94%B5%28%E6%B1%A0%29%27s-2026-12-04.pdf`,
    );
  });
});
