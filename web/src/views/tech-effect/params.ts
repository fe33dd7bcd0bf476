/**
 * This view's URL parameters: `rowLevel` (leaf|L1, the API's name, default leaf), `inactive`
 * (`show` to keep rows/columns with too few families), `sel` (`<row>|<effect>` of the opened cell). Pure.
 */
import { TechEffectQuery } from '@graph-schema/dto/tech-effect';
import { oneOf, unlessDefault } from '../navigation/params';

export const ROW_LEVELS = TechEffectQuery.shape.rowLevel.unwrap().options;
export type RowLevel = (typeof ROW_LEVELS)[number];

export interface TechEffectParams {
  rowLevel: RowLevel;
  showInactive: boolean;
  selected?: { row: string; effect: string } | undefined;
}

export function readTechEffectParams(raw: Record<string, string>): TechEffectParams {
  const [row, effect] = (raw.sel ?? '').split('|');
  return {
    rowLevel: oneOf(raw.rowLevel, ROW_LEVELS, 'leaf'),
    showInactive: raw.inactive === 'show',
    selected: row && effect ? { row, effect } : undefined,
  };
}

export function techEffectParamsPatch(params: TechEffectParams): Record<string, string | undefined> {
  return {
    rowLevel: unlessDefault(params.rowLevel, 'leaf'),
    inactive: params.showInactive ? 'show' : undefined,
    sel: params.selected ? `${params.selected.row}|${params.selected.effect}` : undefined,
  };
}
