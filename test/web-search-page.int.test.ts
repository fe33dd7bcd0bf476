/**
 * The search results page (issue 12, "Search") in headless Chromium on the real server and Neo4j
 * (shared demo corpus): the total and the listed families equal the API's answer, each family once;
 * a row opens the patent drawer; "use as scope" writes the query's filters into the scope; the
 * CSV and Excel exports hold every result family, not the page, under the shared export header
 * (About sheet first); a query that cannot be read is explained in
 * the UI's language; the header search box leads to the page; nothing overflows at 1024 × 768.
 */

import { HealthResponse } from '@graph-schema/dto/health';
import { FamilySearchResponse } from '@graph-schema/dto/search-results';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../web/src/export/csv';
import { en } from '../web/src/i18n/en';
import { zh } from '../web/src/i18n/zh';
import { downloadBytes } from './browser/real-server';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';
import { aboutLines, readWorkbook, sheetRows } from './helpers/workbook';

const QUERY = 'cpc:H01M ad:[2016 TO 2024]';

describe('the search results page', () => {
  let browser: BrowserApp;
  useBrowserApp((ready) => {
    browser = ready;
  });
  const apiAnswer = (q: string, extra = '') =>
    browser.api(`/api/search/families?q=${encodeURIComponent(q)}${extra}`, FamilySearchResponse);
  const open = async (lang: 'en' | 'zh', q: string) => {
    const { page, origin } = browser;
    await page.goto(`${origin}/?view=search&lang=${lang}&q=${encodeURIComponent(q)}`);
  };

  it('shows the API total and its first page of families, each family once', async () => {
    const { page } = browser;
    const api = await apiAnswer(QUERY, '&pageSize=20');
    expect(api.totals.families).toBeGreaterThan(20);
    await open('en', QUERY);
    const total = page.getByTestId('search-total');
    await total.waitFor();
    expect(await total.getAttribute('data-families')).toBe(String(api.totals.families));
    expect(await total.textContent()).toBe(
      `${api.totals.families.toLocaleString('en')} families (${api.totals.publications.toLocaleString('en')} matching publications)`,
    );
    const ids = await page
      .getByTestId('search-family')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-family-id')));
    expect(ids).toEqual(api.families.map((family) => family.familyId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await page.getByTestId('search-interpreted').textContent()).toBe(`Read as: ${api.interpreted}`);
    // Families are named by their representative publication and title; the source family id
    // (`F:incopat:…`) stays in data-family-id only. The table has the look of the other tables.
    const table = page.locator('table.search-families');
    expect(await table.getAttribute('class')).toContain('ranked');
    const text = (await table.textContent()) ?? '';
    for (const id of ids) expect(text).not.toContain(id!);
    expect(text).not.toMatch(/F:[a-z]+:/);
    const firstRow = page.getByTestId('search-family').first();
    expect(await firstRow.locator('td').first().textContent()).toBe(api.families[0]!.representative.id);
    // Styled like core patents: the header cells are the .ranked header's muted 600 weight.
    const headWeight = await table
      .locator('thead th')
      .first()
      .evaluate((th) => getComputedStyle(th).fontWeight);
    expect(headWeight).toBe('600');
  });

  it('opens the patent drawer from a result and pages to the API’s second page', async () => {
    const { page } = browser;
    const second = await apiAnswer(QUERY, '&pageSize=20&page=2');
    await open('en', QUERY);
    const first = page.getByTestId('search-family').first();
    const id = await first.locator('[data-patent-id]').getAttribute('data-patent-id');
    await first.locator('[data-patent-id]').click();
    const drawer = page.locator('.patent-panel');
    await drawer.waitFor({ state: 'visible' });
    await expect.poll(() => drawer.textContent()).toContain(id!);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByTestId('search-page').textContent()).toMatch(/^Page 2 of /);
    const ids = await page
      .getByTestId('search-family')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-family-id')));
    expect(ids).toEqual(second.families.map((family) => family.familyId));
  });

  /** Every result family of the API, page by page (the rows a whole-list export must hold). */
  const allFamilyIds = async (q: string) => {
    const first = await apiAnswer(q, '&pageSize=500');
    const ids = first.families.map((family) => family.familyId);
    for (let at = 2; at <= Math.ceil(first.totals.families / 500); at += 1)
      ids.push(...(await apiAnswer(q, `&pageSize=500&page=${at}`)).families.map((family) => family.familyId));
    return { first, ids };
  };
  const health = async () => (await browser.api('/api/health', HealthResponse)).data!;
  const today = () => new Date().toISOString().slice(0, 10);

  it('exports every result family, not only the page shown, under the shared header lines', async () => {
    const { page } = browser;
    const { first: api, ids } = await allFamilyIds(QUERY);
    const data = await health();
    await open('en', QUERY);
    await page.getByTestId('search-total').waitFor();
    const bytes = await downloadBytes(page, page.getByRole('button', { name: 'All results as CSV' }));
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const blank = lines.indexOf('');
    const apiQuery = `/api/search/families?${new URLSearchParams({ q: QUERY, page: '1', pageSize: '500' })}`;
    const row = (label: string, value: string) => [label, value].map(csvCell).join(',');
    expect(lines.slice(0, blank)).toEqual([
      'About',
      row('Contents', 'Search results'),
      row('Scope', `query ${QUERY} (read as ${api.interpreted})`),
      row('Date basis', 'counted by family; pd: publication date, ad: application date'),
      row('Source', 'PatNav graph'),
      row('Data version', data.version),
      row('As of', `data loaded ${data.lastIngestAt!.slice(0, 10)}; exported ${today()}`),
      row('API query (same families, page with page/pageSize)', apiQuery),
      row('Rows', `all ${api.totals.families.toLocaleString('en')} rows of the scope`),
      ...(api.capped ? [row('Counts', en['searchPage.capped'])] : []),
    ]);
    expect(lines[blank + 1]).toBe(
      'Family,Representative publication,Title,Applicants,Publication date,Members,Matching members,Offices',
    );
    expect(lines.slice(blank + 2).map((line) => line.split(',')[0])).toEqual(ids);
  });

  it('exports the whole list as Excel in Chinese, the About (说明) sheet first', async () => {
    const { page } = browser;
    const { first: api, ids } = await allFamilyIds(QUERY);
    const data = await health();
    await open('zh', QUERY);
    await page.getByTestId('search-total').waitFor();
    const workbook = await readWorkbook(await downloadBytes(page, page.locator('.export-all-xlsx')));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['说明', '检索结果']);
    expect(aboutLines(workbook.worksheets[0]!)).toEqual([
      ['内容', '检索结果'],
      ['范围', `检索式 ${QUERY}（解读为 ${api.interpreted}）`],
      ['日期口径', '按同族计数；pd: 公开日，ad: 申请日'],
      ['数据来源', 'PatNav 图谱'],
      ['数据版本', data.version],
      ['截至', `数据载入于 ${data.lastIngestAt!.slice(0, 10)}；导出于 ${today()}`],
      [
        '接口查询（同样的同族，用 page/pageSize 分页）',
        `/api/search/families?${new URLSearchParams({ q: QUERY, page: '1', pageSize: '500' })}`,
      ],
      ['行数', `范围内全部 ${api.totals.families.toLocaleString('zh-CN')} 行`],
      ...(api.capped ? [['计数', zh['searchPage.capped']]] : []),
    ]);
    const rows = sheetRows(workbook.worksheets[1]!);
    expect(rows[0]).toEqual([
      '同族',
      '代表公开号',
      '标题',
      '申请人',
      '公开日',
      '成员数',
      '命中成员',
      '受理局',
    ]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(ids);
  });

  it('"use as scope" puts the query’s class and years into the scope', async () => {
    const { page } = browser;
    await open('en', QUERY);
    await page.getByTestId('search-total').waitFor();
    expect(await page.getByTestId('search-scope-note').textContent()).toBe(
      'The scope will hold exactly this query’s filters.',
    );
    await page.getByTestId('search-use-scope').click();
    await page.getByTestId('search-scope-set').waitFor();
    const params = new URL(page.url()).searchParams;
    expect({
      cpc: params.get('cpc'),
      from: params.get('from'),
      to: params.get('to'),
      dateBasis: params.get('dateBasis'),
    }).toEqual({ cpc: 'H01M', from: '2016', to: '2024', dateBasis: 'application' });
    expect(await page.getByTestId('search-scope-set').textContent()).toBe(
      'Scope set from the search: CPC H01M; years 2016–2024 (application date). Every view now uses it.',
    );
  });

  it('explains a query it cannot read in Chinese, with the character and field', async () => {
    const { page } = browser;
    await open('zh', 'ti:负极 AND ad:[2020 TO 2018]');
    const error = page.getByTestId('search-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      '检索式在第 11 个字符处无法解析（字段 ad:）：不是日期范围；请写 [2018 TO 2020] 或 2018..2020，起点不晚于终点。',
    );
  });

  it('leads from the header search box to the page, in Chinese at 1024 × 768 without overflow', async () => {
    const { page, origin } = browser;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${origin}/?view=landscape&lang=zh`);
    await page.locator('.search-input').fill('电池');
    await page.getByTestId('search-all-results').click();
    const total = page.getByTestId('search-total');
    await total.waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('search');
    const api = await apiAnswer('电池');
    expect(await total.getAttribute('data-families')).toBe(String(api.totals.families));
    expect(api.totals.families).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1440, height: 1000 });
  });
});
