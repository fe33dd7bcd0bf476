/**
 * The report core on the shared demo corpus (test/helpers/demo.ts): a lithium-battery enterprise
 * project with a target, three competitors and two pins, built in Chinese and English and rendered
 * as HTML. Checks the cover (demo notice included), chapter order, pins in their chapters with
 * their provenance, the framing chapters' tables against the graph, figure captions' date basis,
 * a failing chapter builder, and byte-identical HTML from two builds.
 */
import type { Database } from '@graph-schema/db/driver';
import { DatasetRecord, type Project, ProjectDefinition } from '@graph-schema/dto/project';
import {
  type Pin,
  REPORT_CHAPTER_IDS,
  REPORT_CHAPTERS,
  type ReportBlock,
  type ReportDocument,
  type ReportLanguage,
} from '@graph-schema/dto/report';
import { chainStructure } from '@server/features/chains/chain-structure';
import { DATASET_COLUMNS } from '@server/features/projects/project-reads';
import { type BuildReportInput, buildReport } from '@server/features/reports/build-report';
import { CHAPTER_BUILDERS } from '@server/features/reports/chapters';
import { METHOD_SENTENCES } from '@server/features/reports/chapters/scope-method.text';
import { figureCaption } from '@server/features/reports/figures/caption';
import { esc } from '@server/features/reports/figures/svg';
import { renderHtml } from '@server/features/reports/render/html';
import type { ServerContext } from '@server/platform/context';
import { DataVersion } from '@server/platform/data-version/data-version';
import { readDataState, readDataVersion } from '@server/platform/data-version/read-data-version';
import { readRows } from '@server/platform/db/read';
import { SnapshotService } from '@server/platform/snapshot/snapshot-service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { connectTestDatabase } from './helpers/db';

/** The data version in words, spelled out here from the fingerprint's parts (not by the code under test). */
function loadedWords(version: string, language: 'zh' | 'en'): string {
  const [, lastRun = '', patents = '', changes = ''] = version.split('|');
  const when = `${lastRun.slice(0, 16).replace('T', ' ')} UTC`;
  const n = (value: string) => Number(value).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB');
  return language === 'zh'
    ? `${when} 载入（${n(patents)} 件专利，其后 ${n(changes)} 次整理变更）`
    : `loaded ${when} (${n(patents)} patents, ${n(changes)} curation changes since)`;
}

import { ensureSharedDemo } from './helpers/demo';

const TODAY = '2026-12-04';
// The demo corpus's largest battery applicants (demo/applicants.ts), as the graph keys them.
const definition = ProjectDefinition.parse({
  name: '宁川新能源锂电池企业导航 <示例>',
  client: '宁川新能源科技股份有限公司',
  navigationType: 'enterprise',
  boundary: { chain: 'lithium-battery', segments: [], branches: [], cpc: [], ipc: [] },
  offices: [],
  years: { from: 2010, to: 2024 },
  dateBasis: 'priority',
  target: { key: '宁川新能源科技', name: '宁川新能源科技股份有限公司' },
  competitors: [
    { key: '星野蓄电池', name: '星野蓄电池株式会社' },
    { key: '韩雪能源', name: '韩雪能源株式会社' },
    { key: '翠峰锂业', name: '翠峰锂业股份有限公司' },
  ],
  ownApplicants: [{ key: '宁川新能源科技', name: '宁川新能源科技股份有限公司' }],
});

const PINNED_AT = '2026-11-20T08:30:00.000Z';
function pin(id: string, chapter: Pin['chapter'], order: number, dataVersion: string, comment: string): Pin {
  return {
    id,
    project: 'report-build-demo',
    view: chapter,
    state: 'chain=lithium-battery',
    title: `Pinned ${chapter} view`,
    dataVersion,
    comment,
    chapter,
    order,
    snapshot: {
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
      table: null,
    },
    createdAt: PINNED_AT,
    updatedAt: PINNED_AT,
  };
}

const blocksOf = (document: ReportDocument, id: string): ReportBlock[] =>
  document.chapters.find((chapter) => chapter.id === id)?.blocks ?? [];
const tableOf = (document: ReportDocument, chapter: string, id: string) => {
  const table = blocksOf(document, chapter).find((b) => b.kind === 'table' && b.id === id);
  return table?.kind === 'table' ? table : undefined;
};
const sectionOf = (html: string, id: string): string => {
  const start = html.indexOf(`<section class="chapter" id="chapter-${id}">`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
};

describe('report builder and HTML renderer on the demo corpus', () => {
  let db: Database;
  let server: ServerContext;
  let project: Project;
  let pins: Pin[];
  let version: string;
  const build = (language: ReportLanguage, extra: Partial<BuildReportInput> = {}) =>
    buildReport({ server, project, pins, language, today: TODAY, logChapterError: () => {}, ...extra });

  beforeAll(async () => {
    db = await connectTestDatabase();
    await ensureSharedDemo(db);
    const dataVersion = new DataVersion(() => readDataVersion(db));
    server = { db, dataVersion, snapshots: new SnapshotService(db, dataVersion) };
    const rows = await readRows(
      db,
      z.object({ row: DatasetRecord }),
      `MATCH (d:Dataset) WITH d ORDER BY d.fileName RETURN ${DATASET_COLUMNS} AS row`,
    );
    project = {
      id: 'report-build-demo',
      definition,
      createdAt: PINNED_AT,
      updatedAt: PINNED_AT,
      datasets: rows.map((r) => r.row),
    };
    version = (await readDataState(db)).version;
    pins = [
      pin(
        '00000000-0000-4000-8000-000000000002',
        'gaps',
        1,
        version,
        '目标在负极材料分支布局不足 & 需关注 <竞争对手>',
      ),
      pin('00000000-0000-4000-8000-000000000001', 'gaps', 0, '0||0', 'Older pin: data changed since'),
    ];
  }, 600_000);
  afterAll(async () => {
    await db?.driver.close();
  });
  it('builds the zh report: demo cover, chapters in order, pins at the end of their chapter, byte-identical HTML', async () => {
    const { document } = await build('zh');
    const { lastIngestAt } = await readDataState(db);
    expect(document.cover).toEqual({
      title: '宁川新能源锂电池企业导航 <示例>',
      client: '宁川新能源科技股份有限公司',
      date: TODAY,
      dataVersion: version,
      dataAsOf: lastIngestAt?.slice(0, 10) ?? null,
      syntheticDemo: true,
      lines: [
        '合成演示数据 SYNTHETIC DEMO DATA：图谱中载入的是生成的演示语料，所有申请人、发明人和专利均为虚构。',
        '导航类型：企业经营类',
        '委托方：宁川新能源科技股份有限公司',
        '目标主体：宁川新能源科技股份有限公司',
        '竞争对手：星野蓄电池株式会社、韩雪能源株式会社、翠峰锂业股份有限公司',
        `数据版本：${loadedWords(version, 'zh')}`,
        `报告日期：${TODAY}`,
      ],
    });
    expect(document.chapters.map((c) => [c.id, c.number, c.title])).toEqual(
      REPORT_CHAPTER_IDS.map((id, index) => [id, index + 1, REPORT_CHAPTERS[id].zh]),
    );
    const gapPins = blocksOf(document, 'gaps').filter((b) => b.kind === 'pin');
    expect(gapPins).toEqual([
      {
        kind: 'pin',
        pinId: '00000000-0000-4000-8000-000000000001',
        title: 'Pinned gaps view',
        comment: 'Older pin: data changed since',
        provenance: `分析人员于 2026-11-20 固定此视图；固定时的数据版本为 0||0，当前为 ${loadedWords(version, 'zh')}：固定后数据已有变化，图表为固定时的快照。`,
        svg: pins[1]?.snapshot.svg,
        table: null,
      },
      {
        kind: 'pin',
        pinId: '00000000-0000-4000-8000-000000000002',
        title: 'Pinned gaps view',
        comment: '目标在负极材料分支布局不足 & 需关注 <竞争对手>',
        provenance: `分析人员于 2026-11-20 固定此视图；此后数据未变化，数据版本：${loadedWords(version, 'zh')}。`,
        svg: pins[0]?.snapshot.svg,
        table: null,
      },
    ]);
    // Pins are the chapter's last blocks, and no other chapter has one.
    expect(blocksOf(document, 'gaps').slice(-2)).toEqual(gapPins);
    const pinned = document.chapters.filter((c) => c.blocks.some((b) => b.kind === 'pin')).map((c) => c.id);
    expect(pinned).toEqual(['gaps']);
    expect(document.reproducibility).toEqual({
      projectId: 'report-build-demo',
      projectDefinition: definition,
      parameters: {
        language: 'zh',
        reportDay: TODAY,
        dataAsOf: lastIngestAt?.slice(0, 10),
        syntheticDemo: true,
        scope: document.reproducibility.parameters.scope,
        pins: [
          { id: '00000000-0000-4000-8000-000000000001', chapter: 'gaps', order: 0, dataVersion: '0||0' },
          { id: '00000000-0000-4000-8000-000000000002', chapter: 'gaps', order: 1, dataVersion: version },
        ],
      },
      dataVersion: version,
    });
    expect(document.reproducibility.parameters.scope).toMatchObject({
      chain: 'lithium-battery',
      dateBasis: 'priority',
    });

    const html = renderHtml(document);
    expect(html.startsWith('<!doctype html>\n<html lang="zh">')).toBe(true);
    expect(html).toContain('<p class="demo">合成演示数据 SYNTHETIC DEMO DATA：');
    let at = html.indexOf('<nav class="toc">');
    for (const chapter of document.chapters) {
      const heading = `<h1><span class="chapter-number">${chapter.number}</span> ${esc(chapter.title)}</h1>`;
      const next = html.indexOf(heading);
      expect(next, chapter.id).toBeGreaterThan(at);
      at = next;
      expect(html).toContain(`<span class="toc-page" data-for="chapter-${chapter.id}"></span>`);
    }
    const gaps = sectionOf(html, 'gaps');
    expect(gaps).toContain('<aside class="pin" data-pin-id="00000000-0000-4000-8000-000000000001">');
    expect(gaps).toContain(esc('目标在负极材料分支布局不足 & 需关注 <竞争对手>'));
    expect(gaps).toContain(esc(`固定后数据已有变化`));
    expect(html.match(/<aside class="pin"/g)?.length).toBe(2);
    for (const chapter of document.chapters)
      for (const block of chapter.blocks)
        if (block.kind === 'figure') expect(html).toContain(`日期口径: ${esc(block.caption.dateBasis)}`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(renderHtml((await build('zh')).document)).toBe(html);
  });

  it('builds the framing chapters from the project and the graph', async () => {
    const { document } = await build('zh');
    expect(tableOf(document, 'scope-method', 'scope')?.rows).toEqual([
      ['导航类型', '企业经营类'],
      ['技术边界', '产业链 lithium-battery'],
      ['受理局', '全部受理局'],
      ['年份', '2010–2024 年'],
      ['日期口径', '最早优先权日（首次申请以其申请日为准）'],
      ['目标主体', '宁川新能源科技股份有限公司（宁川新能源科技）'],
      [
        '竞争对手',
        '星野蓄电池株式会社（星野蓄电池）、韩雪能源株式会社（韩雪能源）、翠峰锂业股份有限公司（翠峰锂业）',
      ],
      ['自有专利组合（申请人）', '宁川新能源科技股份有限公司（宁川新能源科技）'],
    ]);
    expect(tableOf(document, 'data-sources', 'datasets')?.rows).toEqual(
      project.datasets.map((d) => [
        d.fileName,
        d.format,
        d.exporter ?? '未记录',
        '未记录',
        d.sizeBytes,
        d.checksum.slice(0, 12),
        d.importedAt.slice(0, 10),
        d.read,
        d.loaded,
        d.quarantined,
      ]),
    );
    expect(project.datasets.map((d) => [d.fileName, d.exporter])).toEqual([
      ['synthetic-demo-data_seed11_600f_2008-2024_incopat.xlsx', 'incoPat'],
      ['synthetic-demo-data_seed11_600f_2008-2024_lens.csv', 'Lens.org'],
    ]);
    const structure = await chainStructure(db, 'lithium-battery');
    const decomposition = tableOf(document, 'appendices', 'tech-decomposition');
    expect(decomposition?.rows.map((row) => row[1])).toEqual(structure?.branches.map((b) => b.level));
    expect(decomposition?.rows.map((row) => String(row[0]).split(' ').slice(1).join(' '))).toEqual(
      structure?.branches.map((b) => b.name.zh),
    );
    const leafRules = decomposition?.rows.filter((_row, index) => structure?.branches[index]?.isLeaf);
    expect(leafRules?.every((row) => String(row[3]).length > 0 || String(row[4]).length > 0)).toBe(true);
    const methods = tableOf(document, 'appendices', 'methods')?.rows ?? [];
    const codes = methods.map((row) => String(row[0]));
    expect(codes).toEqual([...new Set(codes)].sort());
    expect(methods).toEqual(expect.arrayContaining(METHOD_SENTENCES.map((m) => [m.code, m.text.zh])));
  });

  it('a chapter that throws gets an empty block and a limitations line; summaries see the others', async () => {
    const failures: string[] = [];
    const findings = Array.from({ length: 12 }, (_, i) => ({
      chapter: 'composition' as const,
      weight: i,
      text: `发现 ${i}`,
    }));
    const { document } = await build('zh', {
      logChapterError: (id, error) => failures.push(`${id}: ${(error as Error).message}`),
      builders: {
        ...CHAPTER_BUILDERS,
        trends: async () => {
          throw new Error('trends exploded');
        },
        composition: async (ctx, place) => ({
          blocks: [
            { kind: 'paragraph', code: 'test.composition', text: '构成', evidence: [] },
            {
              kind: 'figure',
              id: 'test-figure',
              caption: figureCaption(ctx, place, 1, '测试图', ['图例']),
              svg: '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>',
              width: 4,
              height: 4,
            },
          ],
          findings,
          methods: [{ code: 'zz.test', text: '测试方法' }],
        }),
      },
    });
    expect(failures).toEqual(['trends: trends exploded']);
    expect(blocksOf(document, 'trends')).toEqual([
      {
        kind: 'empty',
        code: 'report.chapterFailed',
        text: '本章生成失败（错误代码 report.chapterFailed），其余章节不受影响；详见“局限性说明”。',
      },
    ]);
    const limitations = blocksOf(document, 'limitations').flatMap((b) =>
      b.kind === 'bullets' ? b.items : [],
    );
    expect(limitations).toContain(
      '第 5 章“申请趋势与技术生命周期”：生成失败（错误代码 report.chapterFailed），该章内容缺失。',
    );
    expect(limitations).not.toContain(expect.stringContaining('第 6 章'));
    const top = blocksOf(document, 'findings').find((b) => b.kind === 'bullets');
    expect(top).toEqual({
      kind: 'bullets',
      items: [11, 10, 9, 8, 7, 6, 5, 4, 3, 2].map((i) => `发现 ${i}（见第 6 章“技术构成”）`),
    });
    expect(tableOf(document, 'appendices', 'methods')?.rows.at(-1)).toEqual(['zz.test', '测试方法']);
    const html = renderHtml(document);
    expect(sectionOf(html, 'composition')).toContain(
      `<div class="caption-date-basis">日期口径: 按最早优先权日统计</div>`,
    );
    expect(sectionOf(html, 'trends')).toContain('<div class="empty" data-code="report.chapterFailed">');
  });

  it('builds the en report with English words throughout the frame', async () => {
    const { document } = await build('en');
    expect(document.cover.lines[0]).toBe(
      'SYNTHETIC DEMO DATA / 合成演示数据: the graph holds the generated demo corpus; every applicant, inventor and patent is fictional.',
    );
    expect(document.cover.lines.slice(1, 5)).toEqual([
      'Navigation type: enterprise operation',
      'Client: 宁川新能源科技股份有限公司',
      'Target: 宁川新能源科技股份有限公司',
      'Competitors: 星野蓄电池株式会社; 韩雪能源株式会社; 翠峰锂业股份有限公司',
    ]);
    expect(document.chapters.map((c) => c.title)).toEqual(
      REPORT_CHAPTER_IDS.map((id) => REPORT_CHAPTERS[id].en),
    );
    const html = renderHtml(document);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<nav class="toc"><h1>Contents</h1>');
    expect(sectionOf(html, 'gaps')).toContain(
      esc(
        `Pinned by the analyst on 2026-11-20; the data have not changed since (data version: ${loadedWords(version, 'en')}).`,
      ),
    );
    expect(renderHtml((await build('en')).document)).toBe(html);
  });
});
