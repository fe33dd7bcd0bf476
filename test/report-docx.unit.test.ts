/**
 * The DOCX renderer on the hand-made fixture document, read back as a Word document's parts
 * (word/document.xml, the media folder, the footer) with unzip.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderDocx } from '@server/features/reports/render/docx';
import type { ReportContext } from '@server/features/reports/report-context';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DOCUMENT, FIXTURE_FIGURE_CAPTION, fixtureHtml } from './fixtures/report/report-document';

const file = path.join(mkdtempSync(path.join(tmpdir(), 'patnav-report-docx-')), 'fixture.docx');
let xml = '';
let bytes: Uint8Array;

const part = (name: string): string => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8' });

/** The text of each paragraph of a given style, in document order. */
function paragraphsOfStyle(style: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)]
    .map((match) => match[1] ?? match[2] ?? '')
    .filter((body) => body.includes(`<w:pStyle w:val="${style}"/>`))
    .map((body) => [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

beforeAll(async () => {
  bytes = await renderDocx(
    // The DOCX renderer lays out the document only; it never reads the context or the HTML.
    { document: FIXTURE_DOCUMENT, context: {} as ReportContext, html: async () => fixtureHtml() },
    () => undefined,
  );
  writeFileSync(file, bytes);
  xml = part('word/document.xml');
}, 60_000);

describe('DOCX renderer', () => {
  it('gives each chapter a Heading1 with its number and title, and has a TOC field', () => {
    expect(paragraphsOfStyle('Heading1')).toEqual(
      FIXTURE_DOCUMENT.chapters.map((c) => `${c.number} ${c.title}`),
    );
    expect(paragraphsOfStyle('Heading2')).toEqual(['2.1 申请趋势']);
    expect(xml).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;</w:instrText>');
  });

  it('writes the tables with a repeating header row, after their caption', () => {
    const captions = paragraphsOfStyle('Caption');
    expect(captions).toContain('表 2-1 核心专利（前 70 个专利族）');
    // Two tables: the core-patents table (70 rows + header) and the pin's snapshot table (1 + header).
    const tables = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => m[1]!);
    expect(tables.map((t) => (t.match(/<w:tr>|<w:tr /g) ?? []).length)).toEqual([71, 2]);
    for (const table of tables) expect(table).toContain('<w:tblHeader/>');
    expect(tables[0]).toContain('宁德时代新能源科技股份有限公司 70');
    // The caption carries a bookmark named after the table's stable id, just before the table.
    const bookmark = xml.indexOf('w:name="table_core_patents"');
    expect(bookmark).toBeGreaterThan(-1);
    expect(xml.indexOf('<w:tbl>', bookmark)).toBe(xml.indexOf('<w:tbl>'));
  });

  it('embeds the figure as a PNG with every caption line below it', () => {
    const media = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    expect(media.match(/word\/media\/[^\s]+\.png/g)?.length).toBe(1);
    expect(xml).toContain('<pic:pic');
    const { legend, ...single } = FIXTURE_FIGURE_CAPTION;
    expect(paragraphsOfStyle('Caption')).toEqual(
      expect.arrayContaining([...Object.values(single), ...legend]),
    );
  });

  it('styles the pin comment, notes the empty block, and sets the East Asian font', () => {
    expect(paragraphsOfStyle('PinComment')).toEqual([
      '分析师意见：目标企业在固态电解质分支尚无布局，建议优先关注。',
    ]);
    expect(paragraphsOfStyle('EmptyNote')).toEqual(['本范围内没有发明人数据，本章无内容。']);
    expect(part('word/styles.xml')).toContain('w:eastAsia="Microsoft YaHei"');
  });

  it('puts localised page numbers in the footer', () => {
    const footers =
      execFileSync('unzip', ['-l', file], { encoding: 'utf8' }).match(/word\/footer\d+\.xml/g) ?? [];
    const texts = footers.map((name) => part(name));
    const numbered = texts.find((footer) => footer.includes('PAGE'));
    expect(numbered).toContain('第 ');
    expect(numbered).toContain('NUMPAGES');
  });

  it('opens with a cover page: title, synthetic-data warning, the cover lines once each, then a page break', () => {
    const beforeBreak = xml.slice(0, xml.indexOf('<w:br w:type="page"/>'));
    const texts = [...beforeBreak.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]);
    expect(texts).toEqual(['锂电池产业专利导航报告', '合成演示数据，仅供演示', '数据版本 v-fixture-7']);
    // The synthetic-data notice stands out: bold and red, in the run that carries it.
    const notice = beforeBreak.match(/<w:r>(?:(?!<\/w:r>).)*合成演示数据，仅供演示/s)?.[0] ?? '';
    expect(notice).toContain('<w:b/>');
    expect(notice).toContain('w:val="C00000"');
  });
});
