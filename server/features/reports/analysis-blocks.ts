/** Small block constructors the analysis chapters share, so every empty case and sentence has one shape. */
import type { Evidence, ReportBlock } from '@graph-schema/dto/report';
import type { Bilingual, ChapterContent, ChapterPlace, ReportContext } from './report-context';

export const emptyBlock = (ctx: ReportContext, code: string, text: Bilingual): ReportBlock => ({
  kind: 'empty',
  code,
  text: ctx.tr(text),
});

export const paragraph = (
  ctx: ReportContext,
  code: string,
  text: Bilingual,
  evidence: Evidence[] = [],
): ReportBlock => ({ kind: 'paragraph', code, text: ctx.tr(text), evidence });

/** A chapter that has nothing but its empty block (no target, no chain, no data). */
export const onlyEmpty = (ctx: ReportContext, code: string, text: Bilingual): ChapterContent => ({
  blocks: [emptyBlock(ctx, code, text)],
  findings: [],
  methods: [],
});

/** "表 9-1" / "Table 9-1": tables are numbered within their chapter like figures. */
export const tableLabel = (ctx: ReportContext, place: ChapterPlace, index: number): string =>
  ctx.tr({ zh: `表 ${place.number}-${index}`, en: `Table ${place.number}-${index}` });
