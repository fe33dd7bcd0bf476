/**
 * Block helpers the landscape chapters (trends, composition, geography, applicants, talent) share:
 * figure and table numbers counted within the chapter in the order blocks are made, and a bar-chart
 * figure block with its caption.
 */
import type { ReportBlock } from '@graph-schema/dto/report';
import type { DateBasis } from '@graph-schema/dto/scope';
import { tableLabel } from '../analysis-blocks';
import { type Bar, barChart } from '../figures/bar-chart';
import { figureCaption } from '../figures/caption';
import type { ChapterPlace, ReportContext } from '../report-context';

/** Figure and table numbers within one chapter: "图 6-1", "表 6-2", in the order asked. */
export function chapterNumbering(ctx: ReportContext, place: ChapterPlace) {
  let figures = 0;
  let tables = 0;
  return {
    figure: () => ++figures,
    table: (caption: string) => `${tableLabel(ctx, place, ++tables)} ${caption}`,
  };
}
export type ChapterNumbering = ReturnType<typeof chapterNumbering>;

export interface BarFigureSpec {
  id: string;
  title: string;
  legend: string[];
  bars: readonly Bar[];
  shares?: readonly number[];
  valueLabel: string;
  dateBasis: DateBasis;
}

export function barFigureBlock(
  ctx: ReportContext,
  place: ChapterPlace,
  numbering: ChapterNumbering,
  spec: BarFigureSpec,
): ReportBlock {
  const figure = barChart({
    bars: spec.bars,
    valueLabel: spec.valueLabel,
    ...(spec.shares ? { shares: spec.shares } : {}),
  });
  return {
    kind: 'figure',
    id: spec.id,
    caption: figureCaption(ctx, place, numbering.figure(), spec.title, spec.legend, spec.dateBasis),
    ...figure,
  };
}
