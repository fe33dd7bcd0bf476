/**
 * The landscape chapters of the report (chain panorama, trends, composition, geography,
 * applicants, talent) built by `buildReport` for a lithium-battery project on the shared demo
 * corpus: every number checked here is fetched again from the API call the chapter prints as its
 * evidence, in zh and en; an empty scope gives an `empty` block in each chapter.
 */
import type { Database } from '@graph-schema/db/driver';
import { ChainPanoramaResponse } from '@graph-schema/dto/chains';
import { ApplicantsResponse, InventorsResponse } from '@graph-schema/dto/landscape-actors';
import { CompositionResponse, GeographyResponse, TrendsResponse } from '@graph-schema/dto/landscape-trends';
import {
  type ApplicantRef,
  Project,
  ProjectDefinition,
  type ProjectDefinitionInput,
} from '@graph-schema/dto/project';
import type { ReportBlock, ReportChapterId, ReportDocument, ReportLanguage } from '@graph-schema/dto/report';
import { buildReport } from '@server/features/reports/build-report';
import type { ServerContext } from '@server/platform/context';
import { DataVersion } from '@server/platform/data-version/data-version';
import { readDataVersion } from '@server/platform/data-version/read-data-version';
import { SnapshotService } from '@server/platform/snapshot/snapshot-service';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDemoApp } from './helpers/app';

const LANDSCAPE_CHAPTERS: ReportChapterId[] = [
  'chain-panorama',
  'trends',
  'composition',
  'geography',
  'applicants',
  'talent',
];
const CHAIN = 'lithium-battery';
// The report's scope names its project, so the project's branch overrides count (issue 13).
const SCOPE = `dateBasis=priority&chain=${CHAIN}&project=report-landscape-test`;

type Block<K extends ReportBlock['kind']> = Extract<ReportBlock, { kind: K }>;

describe('report landscape chapters on the demo corpus', () => {
  let db: Database;
  let app: FastifyInstance;
  let server: ServerContext;
  const api = async (url: string) => {
    const response = await app.inject(url);
    expect(response.statusCode, url).toBe(200);
    return response.json();
  };
  useDemoApp((demo) => {
    ({ db, app } = demo);
    const dataVersion = new DataVersion(() => readDataVersion(db));
    server = { db, dataVersion, snapshots: new SnapshotService(db, dataVersion) };
  });

  const project = (definition: ProjectDefinitionInput) =>
    Project.parse({
      id: 'report-landscape-test',
      definition: ProjectDefinition.parse(definition),
      createdAt: '2026-12-04T00:00:00.000Z',
      updatedAt: '2026-12-04T00:00:00.000Z',
      datasets: [],
    });
  const build = async (definition: ProjectDefinitionInput, language: ReportLanguage) =>
    (await buildReport({ server, project: project(definition), pins: [], language, today: '2026-12-04' }))
      .document;
  const chapter = (doc: ReportDocument, id: ReportChapterId) => doc.chapters.find((c) => c.id === id)!;
  const blocks = <K extends ReportBlock['kind']>(doc: ReportDocument, id: ReportChapterId, kind: K) =>
    chapter(doc, id).blocks.filter((b): b is Block<K> => b.kind === kind);
  const table = (doc: ReportDocument, id: ReportChapterId, tableId: string) =>
    blocks(doc, id, 'table').find((t) => t.id === tableId)!;
  const paragraph = (doc: ReportDocument, id: ReportChapterId, code: string) =>
    blocks(doc, id, 'paragraph').find((p) => p.code === code)!;

  let target: ApplicantRef;
  let competitors: ApplicantRef[];
  let lithium: ProjectDefinitionInput;
  const docs = {} as Record<ReportLanguage, ReportDocument>;

  beforeAll(async () => {
    const ranking = ApplicantsResponse.parse(await api(`/api/landscape/applicants?${SCOPE}&top=40`)).ranking;
    // The target ranks third; one competitor leads, one sits outside the applicant-branch map's top 10.
    target = { key: ranking[2]!.key, name: ranking[2]!.name };
    competitors = [ranking[0]!, ranking.at(-1)!].map((r) => ({ key: r.key, name: r.name }));
    lithium = {
      name: '锂电池产业专利导航',
      navigationType: 'industry',
      boundary: { chain: CHAIN },
      target,
      competitors,
    };
    docs.zh = await build(lithium, 'zh');
    docs.en = await build(lithium, 'en');
  });

  it.each(['zh', 'en'] as const)(
    'trends (%s): the yearly table and lifecycle are the API’s, recent years shaded',
    async (language) => {
      const doc = docs[language];
      const summary = paragraph(doc, 'trends', 'trends.summary');
      expect(summary.evidence.map((e) => e.api)).toEqual([`/api/landscape/trends?${SCOPE}`]);
      const body = TrendsResponse.parse(await api(summary.evidence[0]!.api));
      const done = language === 'zh' ? '完整' : 'complete';
      const notDone = language === 'zh' ? '不完整' : 'incomplete';
      expect(table(doc, 'trends', 'trends').rows).toEqual(
        body.years.map((y) => [
          String(y.year),
          y.applications,
          y.grants,
          y.families,
          y.applicants,
          y.incomplete ? notDone : done,
        ]),
      );
      expect(summary.text).toContain(String(body.totals.families));
      const [trendFigure, lifecycleFigure] = blocks(doc, 'trends', 'figure');
      expect(trendFigure!.svg).toContain('class="incomplete"');
      expect(trendFigure!.svg).toContain(`>${body.years[0]!.year}</text>`);
      expect(trendFigure!.svg).toContain(`>${body.years.at(-1)!.year}</text>`);
      expect(trendFigure!.caption.title).toBe(
        language === 'zh'
          ? '图 5-1 申请量、授权量与同族数年度趋势'
          : 'Figure 5-1 Applications, grants and families per year',
      );
      expect(lifecycleFigure!.id).toBe('lifecycle');
      const lifecycle = body.lifecycle!;
      const stage = paragraph(doc, 'trends', `trends.lifecycle.${lifecycle.stage}`);
      expect(stage.text).toContain(language === 'zh' ? lifecycle.stageZh : lifecycle.stage);
      const perYear = String(Number(lifecycle.evidence.recentApplicantsPerYear.toFixed(1)));
      expect(paragraph(doc, 'trends', 'trends.lifecycleEvidence').text).toContain(
        language === 'zh'
          ? `近三个完整年度共 ${lifecycle.evidence.recentApplications} 个同族、年均 ${perYear} 个申请人`
          : `The last three complete years hold ${lifecycle.evidence.recentApplications} families with ${perYear} applicants a year`,
      );
      const last = body.years.at(-1)!.year;
      expect(paragraph(doc, 'trends', 'trends.incompleteYears').text).toContain(`${last - 1}–${last}`);
    },
  );

  it.each(['zh', 'en'] as const)(
    'chain panorama (%s): branches, families and weak links are the API’s',
    async (language) => {
      const doc = docs[language];
      const summary = paragraph(doc, 'chain-panorama', 'panorama.summary');
      expect(summary.evidence[0]!.api).toBe(
        `/api/chains/${CHAIN}/panorama?dateBasis=priority&project=report-landscape-test&topApplicants=3&weakBelow=5`,
      );
      const body = ChainPanoramaResponse.parse(await api(summary.evidence[0]!.api));
      const branches = body.segments.flatMap((s) => s.branches);
      expect(table(doc, 'chain-panorama', 'chain-panorama').rows.map((r) => [r[2], r[3]])).toEqual(
        branches.map((b) => [b.level, b.families]),
      );
      expect(summary.text).toContain(String(body.families));
      const figure = blocks(doc, 'chain-panorama', 'figure')[0]!;
      expect(figure.svg.match(/class="branch( weak)?"/g)).toHaveLength(branches.length);
      expect(figure.svg.match(/class="branch weak"/g) ?? []).toHaveLength(body.weakLinks.length);
      const weakItems = blocks(doc, 'chain-panorama', 'bullets')[0]?.items ?? [];
      expect(weakItems).toHaveLength(body.weakLinks.length);
    },
  );

  it.each(['zh', 'en'] as const)(
    'composition (%s): CPC subclasses and WIPO fields are the API’s',
    async (language) => {
      const doc = docs[language];
      const cpc = paragraph(doc, 'composition', 'composition.cpcSubclasses');
      expect(cpc.evidence[0]!.api).toBe(
        `/api/landscape/composition?${SCOPE}&level=subclass&scheme=CPC&top=15`,
      );
      const body = CompositionResponse.parse(await api(cpc.evidence[0]!.api));
      expect(table(doc, 'composition', 'composition-cpc').rows.map((r) => [r[0], r[1]])).toEqual(
        body.classes.map((c) => [c.code, c.families]),
      );
      expect(table(doc, 'composition', 'composition-wipo').rows.map((r) => r[2])).toEqual(
        body.wipoFields.map((f) => f.families),
      );
      const figure = blocks(doc, 'composition', 'figure').find((f) => f.id === 'composition-cpc')!;
      expect(figure.svg.match(/class="bar"/g)).toHaveLength(body.classes.length);
    },
  );

  it.each(['zh', 'en'] as const)(
    'geography (%s): the origin → office matrix and PCT share are the API’s',
    async (language) => {
      const doc = docs[language];
      const summary = paragraph(doc, 'geography', 'geography.summary');
      expect(summary.evidence[0]!.api).toBe(`/api/landscape/geography?${SCOPE}`);
      const body = GeographyResponse.parse(await api(summary.evidence[0]!.api));
      const matrix = table(doc, 'geography', 'geography-flows');
      const offices = body.offices.slice(0, 8).map((o) => o.office);
      expect(matrix.columns.slice(1).map((c) => c.label)).toEqual(offices);
      expect(matrix.rows).toEqual(
        body.origins
          .slice(0, 8)
          .map((o) => [
            o.origin,
            ...offices.map(
              (office) => body.flows.find((f) => f.origin === o.origin && f.office === office)?.families ?? 0,
            ),
          ]),
      );
      expect(paragraph(doc, 'geography', 'geography.pct').text).toContain(String(body.pct.families));
    },
  );

  it.each(['zh', 'en'] as const)(
    'applicants (%s): ranking, target and competitors, applicant × branch',
    async (language) => {
      const doc = docs[language];
      const summary = paragraph(doc, 'applicants', 'applicants.summary');
      expect(summary.evidence[0]!.api).toBe(`/api/landscape/applicants?${SCOPE}&top=20&matrixTop=10`);
      const body = ApplicantsResponse.parse(await api(summary.evidence[0]!.api));
      const ranking = table(doc, 'applicants', 'applicants');
      const parties = new Set([target.key, ...competitors.map((c) => c.key)]);
      expect(ranking.rows.map((r) => [r[0], r[2]])).toEqual(body.ranking.map((r) => [r.rank, r.families]));
      expect(ranking.emphasisRows).toEqual(body.ranking.flatMap((r, i) => (parties.has(r.key) ? [i] : [])));
      expect(ranking.rows[2]![1]).toBe(`★ ${body.ranking[2]!.name}`);
      expect(summary.text).toContain(`${body.ranking[0]!.families}`);
      const figure = blocks(doc, 'applicants', 'figure')[0]!;
      expect(figure.svg).toContain('fill="#D55E00"');
      // The competitor outside the map's top comes from the panorama with ?applicant=.
      const matrix = table(doc, 'applicants', 'applicant-branch');
      const outsider = competitors[1]!;
      const row = matrix.rows.find((r) => r[0] === `★ ${outsider.name}`)!;
      const evidence = paragraph(doc, 'applicants', 'applicants.branchMatrix').evidence;
      const panoramaApi = evidence.find((e) =>
        e.api.includes(`applicant=${encodeURIComponent(outsider.key)}`),
      )!.api;
      const panorama = ChainPanoramaResponse.parse(await api(panoramaApi));
      const leaves = new Map(
        panorama.segments
          .flatMap((s) => s.branches.filter((b) => b.isLeaf))
          .map((b) => [b.name[language] ?? b.localId, b]),
      );
      matrix.columns.slice(1).forEach((column, i) => {
        expect(row[i + 1]).toBe(leaves.get(column.label)?.applicant?.families ?? 0);
      });
      expect(matrix.emphasisRows).toContain(matrix.rows.indexOf(row));
    },
  );

  it.each(['zh', 'en'] as const)(
    'talent (%s): the inventor ranking and the target’s inventors are the API’s',
    async (language) => {
      const doc = docs[language];
      const summary = paragraph(doc, 'talent', 'talent.summary');
      const body = InventorsResponse.parse(await api(summary.evidence[0]!.api));
      expect(table(doc, 'talent', 'talent-inventors').rows.map((r) => [r[1], r[2]])).toEqual(
        body.ranking.map((r) => [r.name, r.families]),
      );
      const parties = new Set([target.key, ...competitors.map((c) => c.key)]);
      expect(table(doc, 'talent', 'talent-inventors').emphasisRows ?? []).toEqual(
        body.ranking.flatMap((r, i) => (r.mainApplicant && parties.has(r.mainApplicant.key) ? [i] : [])),
      );
      const own = paragraph(doc, 'talent', 'talent.targetInventors');
      expect(own.evidence[0]!.api).toBe(
        `/api/landscape/inventors?dateBasis=priority&chain=${CHAIN}&applicants=${encodeURIComponent(target.key)}&project=report-landscape-test&top=20`,
      );
      const mine = InventorsResponse.parse(await api(own.evidence[0]!.api));
      expect(own.text).toContain(String(mine.inventors));
      expect(table(doc, 'talent', 'talent-target-inventors').rows.map((r) => r[1])).toEqual(
        mine.ranking.map((r) => r.name),
      );
    },
  );

  it('same project and data give the same chapters', async () => {
    const again = await build(lithium, 'zh');
    for (const id of LANDSCAPE_CHAPTERS) expect(chapter(again, id)).toEqual(chapter(docs.zh, id));
  });

  it.each(['zh', 'en'] as const)(
    'an empty scope (%s) gives an empty block in every landscape chapter',
    async (language) => {
      const doc = await build({ ...lithium, years: { from: 1801, to: 1802 } }, language);
      for (const id of LANDSCAPE_CHAPTERS) {
        const [first, ...rest] = chapter(doc, id).blocks;
        expect(first?.kind, id).toBe('empty');
        expect(rest, id).toEqual([]);
      }
      const noChain = await build({ ...lithium, boundary: { chain: null } }, language);
      expect(chapter(noChain, 'chain-panorama').blocks).toEqual([
        {
          kind: 'empty',
          code: 'panorama.noChain',
          text:
            language === 'zh'
              ? '本项目未指定产业链，因此不生成产业链全景与薄弱环节分析。'
              : 'The project names no industry chain, so no chain panorama or weak links are analysed.',
        },
      ]);
    },
  );
});
