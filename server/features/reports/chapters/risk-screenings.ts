/** The FTO screenings recorded in the project (POST /api/fto with `project`): a sentence each and a table. */
import type { FtoRiskLevelSummary, FtoScreeningRecord } from '@graph-schema/dto/fto';
import type { ReportBlock } from '@graph-schema/dto/report';
import { listScreenings } from '@server/features/fto/screening-records';
import { emptyBlock, paragraph, tableLabel } from '../analysis-blocks';
import { uiLabel } from '../explain-text';
import { clip } from '../figures/svg';
import { joinList } from '../format';
import type { ChapterPlace, Finding, ReportContext } from '../report-context';
import { RISK_COLUMNS, RISKS_TEXT } from './risks.text';

const LEVEL_LABEL = {
  High: 'risk.level.high',
  Medium: 'risk.level.medium',
  Low: 'risk.level.low',
  待核查: 'risk.level.review',
} as const;

const levelName = (ctx: ReportContext, level: FtoRiskLevelSummary['level']) =>
  uiLabel(ctx, LEVEL_LABEL[level]);

export async function screeningBlocks(
  ctx: ReportContext,
  place: ChapterPlace,
): Promise<{ blocks: ReportBlock[]; findings: Finding[] }> {
  const heading: ReportBlock = { kind: 'heading', level: 3, text: ctx.tr(RISKS_TEXT.ftoHeading()) };
  const records = await listScreenings(ctx.server.db, ctx.project.id);
  if (records.length === 0) {
    return {
      blocks: [heading, emptyBlock(ctx, 'risks.noScreening', RISKS_TEXT.noScreening())],
      findings: [],
    };
  }
  const sentences = records.map((record) => screeningSentence(ctx, record));
  const evidence = [{ api: 'POST /api/fto', note: `project=${ctx.project.id}: riskLevels, total` }];
  return {
    blocks: [
      heading,
      ...sentences.map((sentence) => paragraph(ctx, 'risks.screening', sentence, evidence)),
      screeningTable(ctx, place, records),
    ],
    findings: [{ chapter: 'risks', weight: 0.7, text: ctx.tr(sentences[sentences.length - 1]!) }],
  };
}

function screeningSentence(ctx: ReportContext, record: FtoScreeningRecord) {
  const levels = joinList(
    record.levels.map((l) => ctx.tr(RISKS_TEXT.level(levelName(ctx, l.level), l.count))),
    ctx.language,
  );
  // The patents to check first: the top of the most severe levels that have any (Low last).
  const top = record.levels
    .filter((l) => l.level !== 'Low')
    .flatMap((l) => {
      const name = levelName(ctx, l.level);
      return l.top.map((t) => ctx.tr({ zh: `${t.patentId}（${name}）`, en: `${t.patentId} (${name})` }));
    })
    .slice(0, 5);
  return RISKS_TEXT.screening({
    date: record.asOf,
    product: clip(record.productExcerpt, 40),
    offices: joinList(record.jurisdictions, ctx.language),
    total: record.total,
    levels,
    top: top.length === 0 ? ctx.tr(RISKS_TEXT.none()) : joinList(top, ctx.language),
  });
}

function screeningTable(
  ctx: ReportContext,
  place: ChapterPlace,
  records: readonly FtoScreeningRecord[],
): ReportBlock {
  const c = RISK_COLUMNS;
  const count = (record: FtoScreeningRecord, level: FtoRiskLevelSummary['level']) =>
    record.levels.find((l) => l.level === level)?.count ?? 0;
  return {
    kind: 'table',
    id: 'fto-screenings',
    caption: ctx.tr(RISKS_TEXT.ftoTableCaption(tableLabel(ctx, place, 2))),
    columns: [
      { label: ctx.tr(c.date), numeric: false },
      { label: ctx.tr(c.product), numeric: false },
      { label: ctx.tr(c.offices), numeric: false },
      { label: ctx.tr(c.total), numeric: true },
      { label: ctx.tr(c.high), numeric: true },
      { label: ctx.tr(c.medium), numeric: true },
      { label: ctx.tr(c.review), numeric: true },
      { label: ctx.tr(c.low), numeric: true },
    ],
    rows: records.map((r) => [
      r.asOf,
      r.productExcerpt,
      joinList(r.jurisdictions, ctx.language),
      r.total,
      count(r, 'High'),
      count(r, 'Medium'),
      count(r, '待核查'),
      count(r, 'Low'),
    ]),
  };
}
