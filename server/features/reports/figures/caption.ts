/**
 * The caption every report figure carries (title, scope, date basis, source, as-of, legend), in
 * the report's language, from the report context. Figure numbers are "<chapter>-<n>".
 */
import type { FigureCaption } from '@graph-schema/dto/report';
import type { DateBasis } from '@graph-schema/dto/scope';
import { dataVersionWords } from '../data-version-words';
import type { ChapterPlace, ReportContext } from '../report-context';
import { scopeSentence } from '../scope-sentence';

/** The date-basis sentence of captions and text (also chapters/limitations.ts). */
export const DATE_BASIS_TEXT = {
  priority: { zh: '按最早优先权日统计', en: 'counted by earliest priority date' },
  application: { zh: '按申请日统计', en: 'counted by application date' },
  publication: { zh: '按公开日统计', en: 'counted by publication date' },
} as const;

export function figureCaption(
  ctx: ReportContext,
  place: ChapterPlace,
  index: number,
  title: string,
  legend: string[],
  dateBasis: DateBasis | null = ctx.scope.dateBasis ?? 'priority',
): FigureCaption {
  const words = dataVersionWords(ctx.dataVersion, ctx.dataAsOf);
  const label = ctx.tr({ zh: `图 ${place.number}-${index}`, en: `Figure ${place.number}-${index}` });
  return {
    title: `${label} ${title}`,
    scope: scopeSentence(ctx),
    dateBasis:
      dateBasis === null
        ? ctx.tr({ zh: '不按日期统计', en: 'not counted by date' })
        : ctx.tr(DATE_BASIS_TEXT[dateBasis]),
    source: ctx.tr({ zh: 'PatNav 专利知识图谱', en: 'PatNav patent knowledge graph' }),
    asOf: ctx.tr({
      zh: `数据版本：${words.zh}；制图 ${ctx.today}`,
      en: `data version: ${words.en}; made ${ctx.today}`,
    }),
    legend,
  };
}
