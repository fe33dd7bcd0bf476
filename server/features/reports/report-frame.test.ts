/**
 * The builder's own pieces without a database: pin order and provenance, the top findings, the
 * methods appendix's dedupe, and that every frame template has both languages.
 */
import type { Pin } from '@graph-schema/dto/report';
import type { ServerContext } from '@server/platform/context';
import { describe, expect, it } from 'vitest';
import { BUILD_TEXT } from './build-report.text';
import { uniqueMethods } from './chapters/appendices';
import { APPENDIX_TEXT } from './chapters/appendices.text';
import { SOURCES_TEXT } from './chapters/data-sources.text';
import { topFindings } from './chapters/findings';
import { FINDINGS_TEXT } from './chapters/findings.text';
import { LIMITS_TEXT } from './chapters/limitations.text';
import { METHOD_SENTENCES, SCOPE_TEXT } from './chapters/scope-method.text';
import { pinBlocksOf } from './pin-blocks';
import type { Bilingual, ReportContext } from './report-context';

// Pins and findings read no data: the server is never touched in these tests.
const context = (language: 'zh' | 'en', pins: Pin[]): ReportContext => ({
  server: {} as ServerContext,
  project: {} as ReportContext['project'],
  scope: { dateBasis: 'priority' },
  language,
  pins,
  dataVersion: '3|2026-11-30T09:15:00Z|900|2',
  dataAsOf: '2026-11-30',
  today: '2026-12-04',
  tr: (text) => text[language],
});

const pin = (
  id: string,
  chapter: Pin['chapter'],
  order: number,
  createdAt: string,
  dataVersion: string,
): Pin => ({
  id,
  project: 'p',
  view: 'gaps',
  state: '',
  title: `pin ${id}`,
  dataVersion,
  comment: '',
  chapter,
  order,
  snapshot: { svg: null, table: null },
  createdAt,
  updatedAt: createdAt,
});

describe('pin blocks', () => {
  const pins = [
    pin('c', 'gaps', 1, '2026-11-02T00:00:00Z', '3|2026-11-30T09:15:00Z|900|2'),
    pin('b', 'gaps', 0, '2026-11-03T00:00:00Z', '1|2026-10-01T08:00:00Z|500|0'),
    pin('a', 'gaps', 1, '2026-11-01T00:00:00Z', '3|2026-11-30T09:15:00Z|900|2'),
    pin('d', 'risks', 0, '2026-11-01T00:00:00Z', '3|2026-11-30T09:15:00Z|900|2'),
  ];

  it('keeps the chapter pins in order, ties by creation time, and says whether the data changed', () => {
    const blocks = pinBlocksOf(context('en', pins), 'gaps');
    expect(blocks.map((b) => [b.pinId, b.provenance])).toEqual([
      [
        'b',
        'Pinned by the analyst on 2026-11-03; data version then loaded 2026-10-01 08:00 UTC (500 patents, 0 curation changes since), now loaded 2026-11-30 09:15 UTC (900 patents, 2 curation changes since): the data changed since it was pinned, and the figure is the snapshot taken then.',
      ],
      [
        'a',
        'Pinned by the analyst on 2026-11-01; the data have not changed since (data version: loaded 2026-11-30 09:15 UTC (900 patents, 2 curation changes since)).',
      ],
      [
        'c',
        'Pinned by the analyst on 2026-11-02; the data have not changed since (data version: loaded 2026-11-30 09:15 UTC (900 patents, 2 curation changes since)).',
      ],
    ]);
    expect(pinBlocksOf(context('zh', pins), 'risks').map((b) => b.provenance)).toEqual([
      '分析人员于 2026-11-01 固定此视图；此后数据未变化，数据版本：2026-11-30 09:15 UTC 载入（900 件专利，其后 2 次整理变更）。',
    ]);
    expect(pinBlocksOf(context('zh', pins), 'trends')).toEqual([]);
  });
});

describe('findings and methods', () => {
  it('takes the ten heaviest findings, ties in report order then text', () => {
    const findings = [
      ...Array.from({ length: 10 }, (_, i) => ({ chapter: 'trends' as const, weight: 1, text: `t${i}` })),
      { chapter: 'risks' as const, weight: 5, text: 'r' },
      { chapter: 'gaps' as const, weight: 5, text: 'g' },
    ];
    expect(topFindings(findings).map((f) => f.text)).toEqual([
      'g',
      'r',
      't0',
      't1',
      't2',
      't3',
      't4',
      't5',
      't6',
      't7',
    ]);
  });

  it('lists each method code once, the first note winning, sorted by code', () => {
    expect(
      uniqueMethods([
        { code: 'b', text: 'b1' },
        { code: 'a', text: 'a1' },
        { code: 'b', text: 'b2' },
      ]),
    ).toEqual([
      { code: 'a', text: 'a1' },
      { code: 'b', text: 'b1' },
    ]);
  });
});

/** Every Bilingual reachable in a template object, functions called with `sample`. */
function bilinguals(value: unknown, sample: Record<string, unknown>): Bilingual[] {
  if (typeof value === 'function') return bilinguals(value(sample), sample);
  if (Array.isArray(value)) return value.flatMap((v) => bilinguals(v, sample));
  if (value && typeof value === 'object') {
    if ('zh' in value && 'en' in value && typeof value.zh === 'string') return [value as Bilingual];
    return Object.values(value).flatMap((v) => bilinguals(v, sample));
  }
  return [];
}

describe('templates', () => {
  it('every frame sentence exists in Chinese and English', () => {
    const sample = {
      day: '2026-11-01',
      same: false,
      pinned: { zh: '甲', en: 'a' },
      current: { zh: '乙', en: 'b' },
      words: { zh: '词', en: 'w' },
      code: 'x',
      type: { zh: '类', en: 'type' },
      client: null,
      name: null,
      names: [],
      refs: [],
      ids: [],
      from: null,
      to: null,
      shown: 1,
      text: 'f',
      version: 'v',
      dataAsOf: null,
      today: '2026-12-04',
      chapter: 1,
      branches: 3,
      chain: 'c',
      exporters: ['Lens.org'],
      files: 1,
      dated: 0,
      byKind: [],
      total: 0,
      first: 2023,
      last: 2024,
      basis: 'b',
      number: 1,
      title: 't',
      codes: 'x',
    };
    const all = [
      BUILD_TEXT,
      APPENDIX_TEXT,
      LIMITS_TEXT,
      METHOD_SENTENCES,
      SCOPE_TEXT,
      SOURCES_TEXT,
      FINDINGS_TEXT,
    ].flatMap((t) => bilinguals(t, sample));
    expect(all.length).toBeGreaterThan(60);
    const missing = all.filter(
      (b) =>
        b.zh.trim() === '' ||
        b.en.trim() === '' ||
        (/[\u4e00-\u9fff]/.test(b.en) && !b.en.includes('合成演示数据')),
    );
    expect(missing).toEqual([]);
  });
});
