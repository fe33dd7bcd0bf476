/**
 * The technology–effect matrix as data: rows = branches, columns = effects, cell = families with its
 * colour and white-space kind. Inactive rows/columns (too few families to judge) can be hidden. Pure.
 */
import type { CellKind, TechEffectCell, TechEffectResponse } from '@graph-schema/dto/tech-effect';
import type { Lang } from '@web/src/i18n';
import { nameIn } from '../navigation/bilingual';
import { countColor, textColorOn } from '../navigation/color-scale';
import { formatInteger } from '../navigation/format';

export interface TeColumn {
  id: string;
  name: string;
  families: number;
  active: boolean;
  /** lexicon: an effect of effect-lexicon.json; phrase: a free effect phrase read in the texts. */
  origin: 'lexicon' | 'phrase';
}

export interface TeCellView {
  cell: TechEffectCell;
  text: string;
  color: string;
  textColor: string;
}

export interface TeRow {
  id: string;
  name: string;
  families: number;
  active: boolean;
  cells: TeCellView[];
}

export interface TeMatrix {
  columns: TeColumn[];
  rows: TeRow[];
  /** Largest cell shown: the top of the colour scale. */
  max: number;
}

/** Kinds marked on the matrix (and listed as candidates or crowding). */
export const MARKED_KINDS: readonly CellKind[] = ['white_space', 'apparent_gap', 'saturated'];

const cellKey = (row: string, effect: string) => `${row}\u0000${effect}`;

function emptyCell(row: string, effect: string): TechEffectCell {
  return {
    row,
    effect,
    families: 0,
    observedToExpected: null,
    band: null,
    kind: 'inactive',
    reasons: [],
    examples: [],
    evidence: [],
    artefactEvidence: [],
  };
}

export function techEffectMatrix(data: TechEffectResponse, lang: Lang, showInactive: boolean): TeMatrix {
  const cells = new Map(data.cells.map((cell) => [cellKey(cell.row, cell.effect), cell]));
  const columns = data.effects
    .filter((effect) => showInactive || effect.active)
    .map((effect) => ({
      id: effect.id,
      name: effect.name[lang],
      families: effect.families,
      active: effect.active,
      origin: effect.origin,
    }));
  const shownRows = data.rows.filter((row) => showInactive || row.active);
  const lookup = (row: string, effect: string) => cells.get(cellKey(row, effect)) ?? emptyCell(row, effect);
  const max = Math.max(0, ...shownRows.flatMap((row) => columns.map((c) => lookup(row.id, c.id).families)));
  const rows = shownRows.map((row) => ({
    id: row.id,
    name: nameIn(row.name, lang, row.id),
    families: row.families,
    active: row.active,
    cells: columns.map((column) => {
      const cell = lookup(row.id, column.id);
      const color = countColor(cell.families, max);
      return { cell, text: formatInteger(cell.families, lang), color, textColor: textColorOn(color) };
    }),
  }));
  return { columns, rows, max };
}
