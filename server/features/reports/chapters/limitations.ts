/**
 * Chapter "limitations" (局限性说明): what the data cover (the exporters' own limits, families by
 * kind, the incomplete recent years), which chapters had no data or failed (from `ctx.gathered`,
 * build-report.ts builds this chapter after the analysis chapters), and the limits of the methods,
 * including that the risk screening is not a legal opinion.
 */
import { REPORT_CHAPTERS, type ReportBlock } from '@graph-schema/dto/report';
import type { DateBasis } from '@graph-schema/dto/scope';
import { readRows } from '@server/platform/db/read';
import { INCOMPLETE_YEARS } from '@server/platform/scope/growth-windows';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';
import { DATE_BASIS_TEXT } from '../figures/caption';
import type { ChapterBuilder, ReportContext } from '../report-context';
import { LIMITS_TEXT } from './limitations.text';

// Graph-wide, like the data-sources totals: the family unit is a property of the data, not the scope.
// A user who sees only some workspaces: the families of the patents they see.
const familyKindsQuery = ({ seen, all }: PatentFilter) =>
  all
    ? `MATCH (f:Family) RETURN coalesce(f.kind, 'unknown') AS kind, count(f) AS families ORDER BY kind`
    : `MATCH (p:Patent)-[:IN_FAMILY]->(f:Family) WHERE ${seen('p')} WITH DISTINCT f
       RETURN coalesce(f.kind, 'unknown') AS kind, count(f) AS families ORDER BY kind`;
/** The year property per date basis (graph-schema/stored/patent.ts): a closed map, never user text. */
const YEAR_PROPERTY: Record<DateBasis, string> = {
  priority: 'priorityYear',
  application: 'applicationYear',
  publication: 'publicationYear',
};
const lastYearQuery = (basis: DateBasis, { seen }: PatentFilter) =>
  `MATCH (p:Patent) WHERE p.external = false AND ${seen('p')} RETURN max(p.${YEAR_PROPERTY[basis]}) AS last`;

function coverageBlocks(ctx: ReportContext): ReportBlock[] {
  const datasets = ctx.project.datasets;
  const exporters = [...new Set(datasets.map((d) => d.exporter ?? d.format))].sort();
  const text =
    datasets.length === 0
      ? LIMITS_TEXT.noExporters
      : LIMITS_TEXT.exporters({
          exporters,
          files: datasets.length,
          dated: datasets.filter((d) => d.exportDate !== null).length,
        });
  return [{ kind: 'paragraph', code: 'report.limits.exporters', text: ctx.tr(text), evidence: [] }];
}

async function dataBlocks(ctx: ReportContext): Promise<ReportBlock[]> {
  const db = ctx.server.db;
  const filter = patentFilter();
  const byKind = await readRows(
    db,
    z.object({ kind: z.string(), families: z.number() }),
    familyKindsQuery(filter),
    filter.params,
  );
  const basis = ctx.scope.dateBasis ?? 'priority';
  const [row] = await readRows(
    db,
    z.object({ last: z.number().nullable() }),
    lastYearQuery(basis, filter),
    filter.params,
  );
  const total = byKind.reduce((sum, k) => sum + k.families, 0);
  const last = row?.last ?? null;
  const basisName = ctx.tr(DATE_BASIS_TEXT[basis]);
  const years =
    last === null
      ? LIMITS_TEXT.noYears
      : LIMITS_TEXT.incompleteYears({ first: last - INCOMPLETE_YEARS + 1, last, basis: basisName });
  return [
    {
      kind: 'paragraph',
      code: 'report.limits.familyKinds',
      text: ctx.tr(LIMITS_TEXT.familyKinds({ byKind, total })),
      evidence: [],
    },
    { kind: 'paragraph', code: 'report.limits.incompleteYears', text: ctx.tr(years), evidence: [] },
  ];
}

function chapterBlocks(ctx: ReportContext): ReportBlock[] {
  const missing = (ctx.gathered?.outcomes ?? []).filter((o) => o.state !== 'content');
  const items = missing.map((o) => {
    const p = { number: o.number, title: REPORT_CHAPTERS[o.id][ctx.language], codes: o.codes.join(', ') };
    return ctx.tr(o.state === 'failed' ? LIMITS_TEXT.chapterFailed(p) : LIMITS_TEXT.chapterEmpty(p));
  });
  return [
    { kind: 'heading', level: 2, text: ctx.tr(LIMITS_TEXT.chaptersHeading) },
    items.length > 0
      ? { kind: 'bullets', items }
      : {
          kind: 'paragraph',
          code: 'report.limits.allChapters',
          text: ctx.tr(LIMITS_TEXT.allChapters),
          evidence: [],
        },
  ];
}

export const buildLimitationsChapter: ChapterBuilder = async (ctx) => ({
  blocks: [
    { kind: 'heading', level: 2, text: ctx.tr(LIMITS_TEXT.coverageHeading) },
    ...coverageBlocks(ctx),
    ...(await dataBlocks(ctx)),
    ...chapterBlocks(ctx),
    { kind: 'heading', level: 2, text: ctx.tr(LIMITS_TEXT.methodHeading) },
    { kind: 'bullets', items: LIMITS_TEXT.method.map((sentence) => ctx.tr(sentence)) },
  ],
  findings: [],
  methods: [],
});
