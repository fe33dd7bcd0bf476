/**
 * The layout-gap heatmap as data: rows = leaf branches grouped by segment, columns = target,
 * competitors, field; cell = families, share of the branch or RTA, with its colour. Pure.
 */
import type { BranchGap, GapsResponse, PartyPosition } from '@graph-schema/dto/gaps';
import type { Lang } from '@web/src/i18n';
import { nameIn } from '../navigation/bilingual';
import { countColor, rtaColor, shareColor, textColorOn } from '../navigation/color-scale';
import { formatInteger, formatPercent, formatRatio } from '../navigation/format';

export const GAP_METRICS = ['families', 'share', 'rta'] as const;
export type GapMetric = (typeof GAP_METRICS)[number];

export type ColumnRole = 'target' | 'competitor' | 'field';

export interface HeatColumn {
  key: string;
  name: string;
  role: ColumnRole;
}

export interface HeatCell {
  column: string;
  /** Null when the measure has no meaning here (RTA or share of a branch without any family). */
  value: number | null;
  text: string;
  color: string;
  textColor: string;
}

export interface HeatRow {
  branch: BranchGap;
  name: string;
  cells: HeatCell[];
}

export interface HeatSection {
  id: string;
  name: string;
  kind: string;
  rows: HeatRow[];
}

export interface HeatMatrix {
  metric: GapMetric;
  columns: HeatColumn[];
  sections: HeatSection[];
}

export const FIELD_COLUMN = '\u0000field';

/** In a branch without families the API reports share and RTA as 0; they are undefined (0/0), not low. */
function partyValue(position: PartyPosition, metric: GapMetric, fieldFamilies: number): number | null {
  if (metric === 'families') return position.families;
  if (fieldFamilies === 0) return null;
  return metric === 'share' ? position.shareOfBranch : position.rta;
}

/** The field's own value: its families, its share of the chain, and RTA 1 (the reference by definition). */
function fieldValue(branch: BranchGap, metric: GapMetric, chainFamilies: number): number | null {
  if (metric === 'families') return branch.fieldFamilies;
  if (metric === 'share') return chainFamilies > 0 ? branch.fieldFamilies / chainFamilies : 0;
  return branch.fieldFamilies > 0 ? 1 : null;
}

export function formatMetric(value: number | null, metric: GapMetric, lang: Lang): string {
  if (value === null) return '—';
  if (metric === 'families') return formatInteger(value, lang);
  return metric === 'share' ? formatPercent(value, lang) : formatRatio(value, lang);
}

function colorOf(value: number | null, metric: GapMetric, max: number): string {
  if (metric === 'families') return countColor(value, max);
  return metric === 'share' ? shareColor(value, max) : rtaColor(value);
}

function cell(column: string, value: number | null, metric: GapMetric, max: number, lang: Lang): HeatCell {
  const color = colorOf(value, metric, max);
  return { column, value, text: formatMetric(value, metric, lang), color, textColor: textColorOn(color) };
}

function partyColumns(gaps: GapsResponse): HeatColumn[] {
  return [
    { key: gaps.applicant.key, name: gaps.applicant.name, role: 'target' },
    ...gaps.competitors.map((c) => ({ key: c.key, name: c.name, role: 'competitor' as const })),
  ];
}

/**
 * The field column is scaled on its own: it always holds the most families, and on a shared scale
 * it would wash every party cell out to white.
 */
export function gapMatrix(gaps: GapsResponse, metric: GapMetric, lang: Lang): HeatMatrix {
  const branches = gaps.segments.flatMap((s) => s.branches);
  const parties = (b: BranchGap) => [b.own, ...b.competitors];
  const partyMax = Math.max(
    0,
    ...branches.flatMap((b) => parties(b).map((p) => partyValue(p, metric, b.fieldFamilies) ?? 0)),
  );
  const fieldMax = Math.max(0, ...branches.map((b) => fieldValue(b, metric, gaps.fieldFamilies) ?? 0));
  const columns = partyColumns(gaps);
  const row = (branch: BranchGap): HeatRow => {
    const byKey = new Map(parties(branch).map((p) => [p.key, p]));
    const partyCells = columns.map((c) => {
      const position = byKey.get(c.key);
      const value = position ? partyValue(position, metric, branch.fieldFamilies) : null;
      return cell(c.key, value, metric, partyMax, lang);
    });
    const field = cell(FIELD_COLUMN, fieldValue(branch, metric, gaps.fieldFamilies), metric, fieldMax, lang);
    return { branch, name: nameIn(branch.name, lang, branch.id), cells: [...partyCells, field] };
  };
  return {
    metric,
    columns: [...columns, { key: FIELD_COLUMN, name: '', role: 'field' }],
    sections: gaps.segments.map((s) => ({
      id: s.id,
      name: nameIn(s.name, lang, s.id),
      kind: s.kind,
      rows: s.branches.map(row),
    })),
  };
}
