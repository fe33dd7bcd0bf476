/** The technology–effect chapter's bubble-matrix figure: active rows × the busiest active effects, candidates marked. */
import type { ReportBlock } from '@graph-schema/dto/report';
import type { TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { bubbleMatrix } from '../figures/bubble-matrix';
import { figureCaption } from '../figures/caption';
import { nameIn } from '../format';
import type { ChapterPlace, ReportContext } from '../report-context';
import { TECH_EFFECT_TEXT } from './tech-effect.text';

/** At most this many rows and columns: an A4 page wide and tall, labels still legible. */
export const MATRIX_MAX_ROWS = 25;
export const MATRIX_MAX_COLUMNS = 16;

const MARKS: Readonly<Record<string, string>> = {
  white_space: '#D55E00',
  apparent_gap: '#E69F00',
  too_few: '#999999',
};

export function techEffectFigure(
  ctx: ReportContext,
  place: ChapterPlace,
  matrix: TechEffectResponse,
): ReportBlock {
  const rows = matrix.rows.filter((r) => r.active).slice(0, MATRIX_MAX_ROWS);
  const columns = matrix.effects
    .filter((e) => e.active)
    .sort((a, b) => b.families - a.families || a.id.localeCompare(b.id))
    .slice(0, MATRIX_MAX_COLUMNS);
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(columns.map((e, i) => [e.id, i]));
  const cells = matrix.cells.flatMap((cell) => {
    const row = rowIndex.get(cell.row);
    const column = columnIndex.get(cell.effect);
    if (row === undefined || column === undefined) return [];
    const mark = MARKS[cell.kind];
    return [{ row, column, value: cell.families, ...(mark ? { mark } : {}) }];
  });
  const figure = bubbleMatrix({
    rows: rows.map((r) => nameIn(ctx.language, r.name, r.id)),
    columns: columns.map((e) => e.name[ctx.language]),
    cells,
  });
  const legend = [
    ctx.tr(TECH_EFFECT_TEXT.legendBubble()),
    ctx.tr(TECH_EFFECT_TEXT.legendMarks()),
    ctx.tr(
      TECH_EFFECT_TEXT.legendCut(rows.length, matrix.rows.length, columns.length, matrix.effects.length),
    ),
  ];
  return {
    kind: 'figure',
    id: 'tech-effect-matrix',
    caption: figureCaption(ctx, place, 1, ctx.tr(TECH_EFFECT_TEXT.figureTitle()), legend, matrix.dateBasis),
    ...figure,
  };
}
