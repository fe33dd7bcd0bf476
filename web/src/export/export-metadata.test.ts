import { DEFAULT_FILTERS } from '@web/src/scope/filters';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n';
import { UTF8_BOM } from './csv';
import { csvWithMetadata, describeExport, workbookWithMetadata } from './export-metadata';

const words = {
  title: '核心专利 — 默认权重',
  scope: { ...DEFAULT_FILTERS, jurisdiction: ['CN'], from: 2015, to: 2024 },
  dateBasis: 'priority' as const,
  query: '/api/core-patents?limit=500&offset=0',
  rows: 414,
  total: 414,
  cap: 50_000,
  data: { version: 'v7', lastIngestAt: '2026-12-01T08:00:00Z' },
  today: '2026-12-04',
  t: createTranslator('zh'),
  lang: 'zh' as const,
};

describe('export metadata', () => {
  it('states scope, date basis, source, data version, query and a complete row count', () => {
    expect(describeExport(words)).toEqual({
      sheetName: '说明',
      lines: [
        { label: '内容', value: '核心专利 — 默认权重' },
        { label: '范围', value: expect.stringContaining('CN') },
        { label: '日期口径', value: '优先权日（同族按该日期所在年份计入）' },
        { label: '数据来源', value: 'PatNav 图谱' },
        { label: '数据版本', value: 'v7' },
        { label: '截至', value: '数据载入于 2026-12-01；导出于 2026-12-04' },
        {
          label: '接口查询（同样的行，用 limit/offset 分页）',
          value: '/api/core-patents?limit=500&offset=0',
        },
        { label: '行数', value: '范围内全部 414 行' },
      ],
    });
  });

  it('says when the cap cut the list', () => {
    const about = describeExport({
      ...words,
      t: createTranslator('en'),
      lang: 'en',
      rows: 50_000,
      total: 61_234,
    });
    expect(about.lines.find((line) => line.label === 'Rows')?.value).toBe(
      '50,000 of 61,234 rows: capped at 50,000 rows per export; narrow the scope to export the rest',
    );
  });

  it('takes the query line’s label from a view whose API pages otherwise', () => {
    const about = describeExport({ ...words, queryLabel: '接口查询（用 page/pageSize 分页）' });
    expect(about.lines[6]).toEqual({ label: '接口查询（用 page/pageSize 分页）', value: words.query });
  });

  it('puts the header lines above the table in the CSV and the About sheet first in the workbook', async () => {
    const about = describeExport(words);
    const csv = csvWithMetadata(about, ['排名', '专利'], [[1, 'CN1A']]);
    const lines = csv.slice(UTF8_BOM.length).split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['说明', '内容,核心专利 — 默认权重', expect.stringMatching(/^范围,/)]);
    expect(lines.slice(-4)).toEqual(['', '排名,专利', '1,CN1A', '']);
    const bytes = await workbookWithMetadata(ExcelJS, about, [
      { name: '结果', columns: ['排名'], rows: [[1]] },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['说明', '结果']);
    expect(workbook.worksheets[0]!.getCell('A9').value).toBe('行数');
    expect(workbook.worksheets[0]!.getCell('B9').value).toBe('范围内全部 414 行');
  });
});
