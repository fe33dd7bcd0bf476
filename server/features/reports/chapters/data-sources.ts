/**
 * Chapter "data-sources" (数据来源): the project's dataset records (graph-schema/dto/project.ts
 * DatasetRecord) as a table — file, format, exporter, export date, size, short checksum, import
 * day, read/loaded/quarantined — and the graph's totals. A project without datasets says so.
 */
import type { DatasetRecord } from '@graph-schema/dto/project';
import type { ReportBlock } from '@graph-schema/dto/report';
import { readRows } from '@server/platform/db/read';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';
import type { ChapterBuilder, ChapterPlace, ReportContext } from '../report-context';
import { type GraphTotals, SOURCES_TEXT } from './data-sources.text';

// Counts from the count store where Neo4j keeps them; stubs are the citation-only publications.
const GRAPH_TOTALS = `
RETURN COUNT { MATCH (p:Patent) WHERE p.external = false } AS patents,
       COUNT { MATCH (p:Patent) WHERE p.external = true } AS stubs,
       COUNT { MATCH (f:Family) } AS families,
       COUNT { MATCH (a:Applicant) } AS applicants,
       COUNT { MATCH (i:Inventor) } AS inventors,
       COUNT { MATCH (:Patent)-[c:CITES]->(:Patent) } AS citations,
       COUNT { MATCH (r:IngestRun) } AS runs`;

/** The totals of what a user who sees only some workspaces sees (platform/visibility). */
const visibleTotals = ({ seen }: PatentFilter) => `
CALL () { MATCH (p:Patent) WHERE p.external = false AND ${seen('p')}
  RETURN count(p) AS patents, count(DISTINCT p.familyId) AS families }
CALL () { MATCH (p:Patent)-[:CITES]->(s:Patent) WHERE s.external AND ${seen('p')} RETURN count(DISTINCT s) AS stubs }
CALL () { MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${seen('p')} RETURN count(DISTINCT a) AS applicants }
CALL () { MATCH (p:Patent)-[:INVENTED_BY]->(i:Inventor) WHERE ${seen('p')} RETURN count(DISTINCT i) AS inventors }
CALL () { MATCH (p:Patent)-[c:CITES]->(q:Patent) WHERE ${seen('p')} AND (q.external OR ${seen('q')})
  RETURN count(c) AS citations }
CALL () { MATCH (d:Dataset) WHERE d.checksum IN $visibleDatasets RETURN count(DISTINCT d.lastRunId) AS runs }
RETURN patents, stubs, families, applicants, inventors, citations, runs`;
const Count = z.number().int().nonnegative();
const TotalsRow = z.object({
  patents: Count,
  stubs: Count,
  families: Count,
  applicants: Count,
  inventors: Count,
  citations: Count,
  runs: Count,
});

export async function readGraphTotals(ctx: ReportContext): Promise<GraphTotals> {
  const filter = patentFilter();
  const [row] = filter.all
    ? await readRows(ctx.server.db, TotalsRow, GRAPH_TOTALS)
    : await readRows(ctx.server.db, TotalsRow, visibleTotals(filter), filter.params);
  return row ?? { patents: 0, stubs: 0, families: 0, applicants: 0, inventors: 0, citations: 0, runs: 0 };
}

/** The first 12 hex digits identify a file among a project's few; the full sum is in the project file. */
const SHORT_CHECKSUM = 12;

function datasetRow(ctx: ReportContext, d: DatasetRecord): (string | number)[] {
  const unknown = ctx.tr(SOURCES_TEXT.unknown);
  return [
    d.fileName,
    d.format,
    d.exporter ?? unknown,
    d.exportDate ?? unknown,
    d.sizeBytes,
    d.checksum.slice(0, SHORT_CHECKSUM),
    d.importedAt.slice(0, 10),
    d.read,
    d.loaded,
    d.quarantined,
  ];
}

function datasetBlocks(ctx: ReportContext, place: ChapterPlace): ReportBlock[] {
  const datasets = ctx.project.datasets;
  if (datasets.length === 0)
    return [{ kind: 'empty', code: 'report.dataSources.noDatasets', text: ctx.tr(SOURCES_TEXT.noDatasets) }];
  const sum = (pick: (d: DatasetRecord) => number) => datasets.reduce((total, d) => total + pick(d), 0);
  const numeric = new Set([4, 7, 8, 9]);
  return [
    {
      kind: 'paragraph',
      code: 'report.dataSources.intro',
      text: ctx.tr(
        SOURCES_TEXT.intro({
          files: datasets.length,
          read: sum((d) => d.read),
          loaded: sum((d) => d.loaded),
          quarantined: sum((d) => d.quarantined),
        }),
      ),
      evidence: [{ api: `/api/projects/${ctx.project.id}`, note: 'datasets' }],
    },
    {
      kind: 'table',
      id: 'datasets',
      caption: ctx.tr(SOURCES_TEXT.table({ chapter: place.number })),
      columns: SOURCES_TEXT.columns.map((label, index) => ({
        label: ctx.tr(label),
        numeric: numeric.has(index),
      })),
      rows: datasets.map((d) => datasetRow(ctx, d)),
      note: ctx.tr(SOURCES_TEXT.tableNote),
    },
  ];
}

export const buildDataSourcesChapter: ChapterBuilder = async (ctx, place) => {
  const totals = await readGraphTotals(ctx);
  return {
    blocks: [
      ...datasetBlocks(ctx, place),
      {
        kind: 'paragraph',
        code: 'report.dataSources.totals',
        text: ctx.tr(SOURCES_TEXT.totals(totals)),
        evidence: [{ api: '/api/health', note: 'graph counts' }],
      },
    ],
    findings: [],
    methods: [],
  };
};
