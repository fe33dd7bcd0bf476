/**
 * The layout-gap heatmap as data: rows = leaf branches grouped by segment, columns = target,
 * competitors, field; cell = families, share of the branch or RTA, with its colour. Pure.
 */
import type { BranchGap, GapsResponse, ParentBranchGap, PartyPosition } from '@graph-schema/dto/gaps';
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

/** A parent branch: the distinct families of every leaf below it (the API's `parents`). */
export interface HeatParentRow {
  parent: ParentBranchGap;
  name: string;
  cells: HeatCell[];
}

export interface HeatSection {
  id: string;
  name: string;
  kind: string;
  /** Leaf rows, in the chain's order. */
  rows: HeatRow[];
  /** Parent rows; `orderedRows` places each before its first leaf. */
  parents: HeatParentRow[];
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
function fieldValue(
  branch: Pick<BranchGap, 'fieldFamilies'>,
  metric: GapMetric,
  chainFamilies: number,
): number | null {
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

type Row = Pick<BranchGap, 'fieldFamilies' | 'own' | 'competitors'>;

function rowCells(
  row: Row,
  columns: readonly HeatColumn[],
  metric: GapMetric,
  scale: { party: number; field: number; chainFamilies: number },
  lang: Lang,
): HeatCell[] {
  const byKey = new Map([row.own, ...row.competitors].map((p) => [p.key, p]));
  const partyCells = columns.map((c) => {
    const position = byKey.get(c.key);
    const value = position ? partyValue(position, metric, row.fieldFamilies) : null;
    return cell(c.key, value, metric, scale.party, lang);
  });
  const fieldCell = cell(
    FIELD_COLUMN,
    fieldValue(row, metric, scale.chainFamilies),
    metric,
    scale.field,
    lang,
  );
  return [...partyCells, fieldCell];
}

function maxima(rows: readonly Row[], metric: GapMetric, chainFamilies: number) {
  const values = (r: Row) =>
    [r.own, ...r.competitors].map((p) => partyValue(p, metric, r.fieldFamilies) ?? 0);
  return {
    party: Math.max(0, ...rows.flatMap(values)),
    field: Math.max(0, ...rows.map((r) => fieldValue(r, metric, chainFamilies) ?? 0)),
    chainFamilies,
  };
}

/**
 * The field column is scaled on its own: it always holds the most families, and on a shared scale
 * it would wash every party cell out to white.
 */
export function gapMatrix(gaps: GapsResponse, metric: GapMetric, lang: Lang): HeatMatrix {
  const leaves = gaps.segments.flatMap((s) => s.branches);
  const parents = gaps.segments.flatMap((s) => s.parents ?? []);
  const columns = partyColumns(gaps);
  // Parents hold more families than their leaves: on one scale they would wash the leaves out.
  const leafScale = maxima(leaves, metric, gaps.fieldFamilies);
  const parentScale = maxima(parents, metric, gaps.fieldFamilies);
  return {
    metric,
    columns: [...columns, { key: FIELD_COLUMN, name: '', role: 'field' }],
    sections: gaps.segments.map((s) => ({
      id: s.id,
      name: nameIn(s.name, lang, s.id),
      kind: s.kind,
      rows: s.branches.map((branch) => ({
        branch,
        name: nameIn(branch.name, lang, branch.id),
        cells: rowCells(branch, columns, metric, leafScale, lang),
      })),
      parents: (s.parents ?? []).map((parent) => ({
        parent,
        name: nameIn(parent.name, lang, parent.id),
        cells: rowCells(parent, columns, metric, parentScale, lang),
      })),
    })),
  };
}

export type OrderedRow =
  | { kind: 'leaf'; row: HeatRow; depth: number }
  | { kind: 'parent'; row: HeatParentRow; depth: number };

/** Leaves in the chain's order, each preceded by those of its ancestors not shown yet (depth = 0 under the segment). */
export function orderedRows(section: HeatSection): OrderedRow[] {
  const parents = new Map(section.parents.map((p) => [p.parent.id, p]));
  const ancestors = (id: string | null | undefined): HeatParentRow[] => {
    const chain: HeatParentRow[] = [];
    for (
      let at = id ? parents.get(id) : undefined;
      at;
      at = at.parent.parentId ? parents.get(at.parent.parentId) : undefined
    ) {
      chain.unshift(at);
    }
    return chain;
  };
  const shown = new Set<string>();
  const rows: OrderedRow[] = [];
  for (const leaf of section.rows) {
    const lineage = ancestors(leaf.branch.parentId);
    lineage.forEach((parent, depth) => {
      if (shown.has(parent.parent.id)) return;
      shown.add(parent.parent.id);
      rows.push({ kind: 'parent', row: parent, depth });
    });
    rows.push({ kind: 'leaf', row: leaf, depth: lineage.length });
  }
  return rows;
}
