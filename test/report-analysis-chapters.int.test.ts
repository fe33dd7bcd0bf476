/**
 * The report's analysis chapters (gaps, tech-effect, core-patents, tech-route, risks) on the shared
 * demo corpus for a lithium-battery project with a target and 3 competitors: every number equals
 * the API's answer for the evidence path the chapter prints, in Chinese and in English, and an FTO
 * screening run with the project is recorded and listed.
 */
import type { Database } from '@graph-schema/db/driver';
import { readRows, writeRows } from '@graph-schema/db/tx';
import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { FtoResponse } from '@graph-schema/dto/fto';
import { GapsResponse } from '@graph-schema/dto/gaps';
import { LegalResponse } from '@graph-schema/dto/landscape-actors';
import { Project, ProjectDefinition } from '@graph-schema/dto/project';
import type { ReportBlock, ReportChapterId, ReportDocument } from '@graph-schema/dto/report';
import { MainPathResponse } from '@graph-schema/dto/routes';
import { TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { buildReport } from '@server/features/reports/build-report';
import { DataVersion } from '@server/platform/data-version/data-version';
import { readDataVersion } from '@server/platform/data-version/read-data-version';
import { SnapshotService } from '@server/platform/snapshot/snapshot-service';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from './helpers/app';
import { connectTestDatabase } from './helpers/db';
import { ensureSharedDemo } from './helpers/demo';

const TARGET = '翠峰锂业';
const TODAY = '2026-12-04';

type Table = Extract<ReportBlock, { kind: 'table' }>;
type Paragraph = Extract<ReportBlock, { kind: 'paragraph' }>;

const chapter = (doc: ReportDocument, id: ReportChapterId) => doc.chapters.find((c) => c.id === id)!.blocks;
const table = (doc: ReportDocument, id: ReportChapterId, tableId: string) =>
  chapter(doc, id).find((b): b is Table => b.kind === 'table' && b.id === tableId)!;
const paragraphs = (doc: ReportDocument, id: ReportChapterId) =>
  chapter(doc, id).filter((b): b is Paragraph => b.kind === 'paragraph');
const numericColumns = (t: Table) =>
  t.rows.map((row) => row.filter((_, index) => t.columns[index]!.numeric && typeof row[index] === 'number'));

describe('report analysis chapters on the demo corpus', () => {
  let db: Database;
  let app: FastifyInstance;
  let project: Project;
  let ftoTotal: number;
  let ftoLevels: FtoResponse['riskLevels'];
  const docs: Partial<Record<'zh' | 'en', ReportDocument>> = {};
  const api = async <T extends z.ZodType>(schema: T, url: string): Promise<z.output<T>> => {
    const response = await app.inject(url);
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return schema.parse(response.json());
  };

  const screening = () => ({
    description: '一种锂离子电池正极材料，包括磷酸铁锂颗粒和碳包覆层，电解液含添加剂',
    jurisdictions: ['CN'],
    asOf: '2025-01-01',
    project: project.id,
  });

  beforeAll(async () => {
    db = await connectTestDatabase();
    await ensureSharedDemo(db);
    app = await buildTestApp(db);
    const defaults = await api(
      GapsResponse,
      `/api/gaps?chain=lithium-battery&applicant=${encodeURIComponent(TARGET)}`,
    );
    const created = await app.inject({
      method: 'POST',
      url: '/api/projects',
      payload: {
        name: '锂电池产业专利导航（测试）',
        navigationType: 'enterprise',
        boundary: { chain: 'lithium-battery' },
        target: { key: TARGET, name: TARGET },
        competitors: defaults.competitors.slice(0, 3).map((c) => ({ key: c.key, name: c.name })),
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    project = Project.parse(created.json());
    const screened = await app.inject({
      method: 'POST',
      url: '/api/fto',
      payload: screening(),
    });
    expect(screened.statusCode, screened.body).toBe(200);
    const fto = FtoResponse.parse(screened.json());
    // The same screening again updates its one record; an unknown project is refused before screening.
    const again = await app.inject({ method: 'POST', url: '/api/fto', payload: screening() });
    expect(FtoResponse.parse(again.json()).screening).toEqual(fto.screening);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/fto',
      payload: {
        description: '任意产品',
        jurisdictions: ['CN'],
        asOf: '2025-01-01',
        project: 'no-such-project',
      },
    });
    expect(unknown.statusCode).toBe(404);
    expect(fto.screening?.project).toBe(project.id);
    ftoTotal = fto.total;
    ftoLevels = fto.riskLevels;
    const dataVersion = new DataVersion(() => readDataVersion(db));
    const server = { db, dataVersion, snapshots: new SnapshotService(db, dataVersion) };
    for (const language of ['zh', 'en'] as const) {
      docs[language] = (await buildReport({ server, project, pins: [], language, today: TODAY })).document;
    }
  }, 240_000);

  afterAll(async () => {
    // Leave the shared corpus as it was: the project, its screening and their links.
    await writeRows(db, 'MATCH (s:FtoScreening {projectId: $id}) DETACH DELETE s', { id: project.id });
    await writeRows(db, 'MATCH (p:Project {id: $id}) DETACH DELETE p', { id: project.id });
    await app.close();
    await db.driver.close();
  });

  it('gaps: the table and the recommendations carry the API numbers for the printed query', async () => {
    for (const doc of [docs.zh!, docs.en!]) {
      const [summary] = paragraphs(doc, 'gaps');
      const gaps = await api(GapsResponse, summary!.evidence[0]!.api);
      expect(gaps.competitors.map((c) => c.key)).toEqual(project.definition.competitors.map((c) => c.key));
      const leaves = gaps.segments.flatMap((s) => s.branches);
      expect(numericColumns(table(doc, 'gaps', 'gaps'))).toEqual(
        leaves.map((b) => [b.fieldFamilies, b.own.families, ...b.competitors.map((c) => c.families)]),
      );
      expect(summary!.text).toContain(String(gaps.applicant.families));
      expect(summary!.text).toContain(`${leaves.filter((b) => b.verdict === 'gap').length}`);
      const recommendations = paragraphs(doc, 'gaps').filter((p) => p.code === 'gaps.recommendation');
      const gapIds = new Set(
        leaves.filter((b) => b.verdict === 'gap' || b.verdict === 'watch').map((b) => b.id),
      );
      expect(recommendations.length).toBe(Math.min(10, gapIds.size));
      for (const r of recommendations)
        expect(gapIds.has(/id=([^\]]+)\]/.exec(r.evidence[0]!.note!)![1]!)).toBe(true);
    }
    const gaps = await api(GapsResponse, paragraphs(docs.zh!, 'gaps')[0]!.evidence[0]!.api);
    const leaves = gaps.segments.flatMap((s) => s.branches);
    const verdicts = (verdict: string, priority?: string) =>
      leaves.filter((b) => b.verdict === verdict && (priority === undefined || b.priority === priority))
        .length;
    const rivals = gaps.competitors.map((c) => `${c.name}（${c.families} 个同族）`).join('、');
    expect(paragraphs(docs.zh!, 'gaps')[0]!.text).toBe(
      `目标企业${gaps.applicant.name}在锂电池产业链共有 ${gaps.applicant.families} 个同族（全产业链 ${gaps.fieldFamilies} 个），对比竞争对手：${rivals}。${leaves.length} 个末级技术分支中，布局空白 ${verdicts('gap')} 个（其中高优先级 ${verdicts('gap', 'high')} 个），优势分支 ${verdicts('strength')} 个，需关注 ${verdicts('watch')} 个。`,
    );
    expect(paragraphs(docs.en!, 'gaps')[0]!.text).toMatch(
      new RegExp(
        `^The target ${gaps.applicant.name} holds ${gaps.applicant.families} families in the Lithium`,
        'i',
      ),
    );
  });

  it('core patents: top family, score and every component as the API gives them', async () => {
    for (const doc of [docs.zh!, docs.en!]) {
      const evidence = paragraphs(doc, 'core-patents')[0]!.evidence[0]!.api;
      const page = await api(CorePatentsResponse, evidence);
      const t = table(doc, 'core-patents', 'core-patents');
      expect(t.rows.map((row) => [row[0], row[1], row[5]])).toEqual(
        page.items.map((item) => [item.rank, item.patentId, item.score.toFixed(2)]),
      );
      expect(t.rows[0]!.slice(6)).toEqual(page.items[0]!.components.map((c) => c.contribution.toFixed(2)));
      expect(t.columns.length).toBe(6 + page.items[0]!.components.length);
      expect(paragraphs(doc, 'core-patents')[1]!.text).toContain(page.items[0]!.patentId);
    }
    expect(paragraphs(docs.zh!, 'core-patents')[1]!.text).toMatch(/^得分最高的是 /);
    expect(paragraphs(docs.en!, 'core-patents')[1]!.text).toMatch(/^The highest score is /);
  });

  it('tech route: the path table is the API main path, in order, with a drawn figure', async () => {
    for (const doc of [docs.zh!, docs.en!]) {
      const route = await api(MainPathResponse, paragraphs(doc, 'tech-route')[0]!.evidence[0]!.api);
      expect(route.path.length).toBeGreaterThan(0);
      expect(table(doc, 'tech-route', 'main-path').rows.map((row) => row[1])).toEqual(
        route.path.map((p) => p.patentId),
      );
      const figure = chapter(doc, 'tech-route').find((b) => b.kind === 'figure' && b.id === 'main-path');
      expect(figure && figure.kind === 'figure' ? (figure.svg.match(/<rect /g) ?? []).length : 0).toBe(
        route.path.length,
      );
    }
    const legend = (doc: ReportDocument) =>
      chapter(doc, 'tech-route').flatMap((b) => (b.kind === 'figure' ? b.caption.legend : []));
    expect(legend(docs.zh!).join()).toContain('由被引（较早）同族指向施引（较晚）同族');
    expect(legend(docs.en!).join()).toContain('from the cited (earlier) family to the citing (later) one');
  });

  it('tech-effect: candidates with expected counts as the API judged them', async () => {
    for (const doc of [docs.zh!, docs.en!]) {
      const matrix = await api(TechEffectResponse, paragraphs(doc, 'tech-effect')[0]!.evidence[0]!.api);
      const tooFew = matrix.cells.filter((c) => c.kind === 'too_few').length;
      const t = table(doc, 'tech-effect', 'tech-effect-candidates');
      expect(t.rows.length).toBe(matrix.candidates.length + Math.min(30, tooFew));
      expect(t.rows.slice(0, matrix.candidates.length).map((row) => row[3])).toEqual(
        matrix.candidates.map((c) => c.families),
      );
    }
  });

  it('risks: legal statuses as the API counts them, and the project’s FTO screening', async () => {
    for (const doc of [docs.zh!, docs.en!]) {
      const legal = await api(LegalResponse, paragraphs(doc, 'risks')[0]!.evidence[0]!.api);
      expect(legal.asOf).toBe(TODAY);
      expect(numericColumns(table(doc, 'risks', 'legal-status'))).toEqual(
        legal.statuses.map((s) => [s.families, s.publications]),
      );
      const count = (level: string) => ftoLevels!.find((l) => l.level === level)!.count;
      expect(table(doc, 'risks', 'fto-screenings').rows.map((row) => row.slice(3))).toEqual([
        [ftoTotal, count('High'), count('Medium'), count('待核查'), count('Low')],
      ]);
    }
    expect(paragraphs(docs.zh!, 'risks').at(-1)!.text).toContain('不表示不存在风险');
    expect(paragraphs(docs.en!, 'risks').at(-1)!.text).toContain('never mean there is no risk');
    const [stored] = await readRows(
      db,
      z.object({ n: z.number(), excerpt: z.string() }),
      'MATCH (s:FtoScreening)-[:SCREENED_FOR]->(:Project {id: $id}) RETURN count(s) AS n, head(collect(s.productExcerpt)) AS excerpt',
      { id: project.id },
    );
    expect(stored).toEqual({
      n: 1,
      excerpt: '一种锂离子电池正极材料，包括磷酸铁锂颗粒和碳包覆层，电解液含添加剂',
    });
  });

  it('says what is missing instead of throwing: no chain, no target, a boundary with no patents', async () => {
    const dataVersion = new DataVersion(() => readDataVersion(db));
    const server = { db, dataVersion, snapshots: new SnapshotService(db, dataVersion) };
    const empty = Project.parse({
      id: 'report-empty-case',
      definition: ProjectDefinition.parse({
        name: '空项目',
        navigationType: 'rnd',
        boundary: { cpc: ['A01B'] },
      }),
      createdAt: TODAY,
      updatedAt: TODAY,
      datasets: [],
    });
    const { document } = await buildReport({
      server,
      project: empty,
      pins: [],
      language: 'zh',
      today: TODAY,
    });
    const codes = (id: ReportChapterId) =>
      chapter(document, id).flatMap((b) => (b.kind === 'empty' || b.kind === 'paragraph' ? [b.code] : []));
    expect(codes('gaps')).toEqual(['gaps.noChain']);
    expect(codes('tech-effect')).toEqual(['techEffect.noChain']);
    expect(codes('core-patents')).toEqual(['corePatents.noFamilies']);
    expect(codes('tech-route')).toEqual(['techRoute.noPath', 'techRoute.noCore']);
    expect(codes('risks')).toEqual([
      'risks.noPatents',
      'risks.noEvents',
      'risks.noScreening',
      'risks.disclaimer',
    ]);
    const noTarget = {
      ...empty,
      definition: {
        ...empty.definition,
        boundary: { ...empty.definition.boundary, chain: 'lithium-battery', cpc: [] },
      },
    };
    const zh = await buildReport({ server, project: noTarget, pins: [], language: 'zh', today: TODAY });
    expect(chapter(zh.document, 'gaps')).toEqual([
      {
        kind: 'empty',
        code: 'gaps.noTarget',
        text: '项目未设定目标企业，无法分析布局空白；请在项目中设定目标企业及其竞争对手。',
      },
    ]);
  });
});
