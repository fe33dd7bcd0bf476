/**
 * The layout-gap heatmap table: a row per leaf branch under its segment, a coloured cell per party
 * and the field, the target's verdict (gap / strength / watch) marked on its cell and in its own
 * column, reasons in the tooltip; a click on a row opens the branch in the details panel.
 */

import type { GapExplanation } from '@graph-schema/dto/explanation';
import type { CompetitorVerdict, GapsResponse } from '@graph-schema/dto/gaps';
import { fileStem } from '@web/src/dom/download';
import { h } from '@web/src/dom/h';
import type { CsvCell } from '@web/src/export/csv';
import type { Lang, Translate } from '@web/src/i18n';
import { explainAll } from '@web/src/i18n/explain';
import { tableDownloads } from '../landscape/tables';
import { bothNames } from '../navigation/bilingual';
import {
  FIELD_COLUMN,
  type HeatCell,
  type HeatColumn,
  type HeatMatrix,
  type HeatParentRow,
  type HeatRow,
  orderedRows,
} from './matrix-model';

export interface HeatmapProps {
  gaps: GapsResponse;
  matrix: HeatMatrix;
  t: Translate;
  lang: Lang;
  onSelectBranch(branchId: string): void;
  /** A party's (or, with undefined, the field's) cell was clicked: list its families. */
  onOpenCell(branchId: string, applicant: string | undefined): void;
}

function columnTitle(column: HeatColumn, t: Translate): HTMLElement {
  if (column.role === 'field') return h('th', { attrs: { scope: 'col', class: 'num' } }, t('nav.gaps.field'));
  const role = column.role === 'target' ? t('nav.gaps.target') : t('nav.gaps.competitor');
  return h(
    'th',
    { attrs: { scope: 'col', class: `num heat-col-${column.role}`, title: column.name } },
    h('span', { attrs: { class: 'heat-col-name' } }, column.name),
    h('span', { attrs: { class: 'heat-col-role muted' } }, role),
  );
}

/** The field verdict's mark on the target's cell of a leaf: a class and the reasons as tooltip. */
interface CellMark {
  className: string;
  title: string;
}

/** Leaf cells are `.heat-cell`, parent cells `.heat-parent-cell`: one per branch × column each. */
function heatCell(
  cell: HeatCell,
  branchId: string,
  mark: CellMark | undefined,
  props: HeatmapProps,
  cellClass = 'heat-cell',
): HTMLElement {
  // Parent cells share .heat-cell's look without its class (web/src/styles.css is not this view's).
  const parentLook =
    cellClass === 'heat-cell' ? '' : ';text-align:right;padding:0.2rem 0.45rem;font-weight:600';
  const applicant = cell.column === FIELD_COLUMN ? undefined : cell.column;
  const open = (event: Event) => {
    // The row's own click selects the branch; a cell opens its families instead.
    event.stopPropagation();
    props.onOpenCell(branchId, applicant);
  };
  return h(
    'td',
    {
      attrs: {
        class: mark ? `num ${cellClass} ${mark.className}` : `num ${cellClass}`,
        style: `background:${cell.color};color:${cell.textColor};cursor:pointer${parentLook}`,
        title: mark ? mark.title : props.t('nav.gaps.cellHint'),
        'data-party': applicant ?? 'field',
        role: 'button',
        tabindex: 0,
      },
      on: {
        click: open,
        keydown: (event) => {
          if (event.key === 'Enter') open(event);
        },
      },
    },
    cell.text,
  );
}

function leafMark(row: HeatRow, props: HeatmapProps): CellMark | undefined {
  const { verdict, reasons } = row.branch;
  if (verdict === 'none') return undefined;
  const title = `${props.t(`nav.verdict.${verdict}`)}: ${explainAll(reasons, props.lang)}`;
  return { className: `verdict-${verdict}`, title };
}

/** The competitor verdicts in the field verdicts' colours: pressure as a gap, a lead as a strength. */
const CV_TONE = { competitorAhead: 'gap', onlyCompetitors: 'gap', targetLeads: 'strength' } as const;

/** The verdict against the chosen competitors, in its own column. */
function competitorCell(
  verdict: CompetitorVerdict | undefined,
  reasons: readonly GapExplanation[] | undefined,
  props: HeatmapProps,
): HTMLElement {
  return h('td', { attrs: { class: 'cverdict' } }, competitorBadge(verdict, reasons, props));
}

function competitorBadge(
  verdict: CompetitorVerdict | undefined,
  reasons: readonly GapExplanation[] | undefined,
  props: HeatmapProps,
): HTMLElement | false {
  if (!verdict || verdict === 'none') return false;
  return h(
    'span',
    {
      attrs: {
        class: `badge badge-compact badge-${CV_TONE[verdict]}`,
        'data-cv': verdict,
        title: explainAll(reasons ?? [], props.lang),
      },
    },
    props.t(`nav.gaps.cv.${verdict}`),
  );
}

function verdictCell(row: HeatRow, props: HeatmapProps): HTMLElement {
  const { t, lang } = props;
  const { verdict, priority, reasons } = row.branch;
  const label = priority
    ? `${t(`nav.verdict.${verdict}`)} · ${t(`nav.priority.${priority}`)}`
    : t(`nav.verdict.${verdict}`);
  return h(
    'td',
    { attrs: { class: 'verdict' } },
    verdict !== 'none' &&
      h(
        'span',
        { attrs: { class: `badge badge-compact badge-${verdict}`, title: explainAll(reasons, lang) } },
        label,
      ),
  );
}

function rowOptions(id: string, parent: boolean, props: HeatmapProps) {
  return {
    attrs: { class: parent ? 'heat-parent' : 'heat-row', 'data-branch-id': id, tabindex: 0 },
    on: {
      click: () => props.onSelectBranch(id),
      keydown: (event: KeyboardEvent) => {
        if (event.key === 'Enter') props.onSelectBranch(id);
      },
    },
  };
}

/** Indent by depth below the segment, so parents read as groups. */
const indent = (depth: number) => `padding-left:${0.5 + depth}em`;

function leafRow(row: HeatRow, depth: number, props: HeatmapProps): HTMLElement {
  return h(
    'tr',
    rowOptions(row.branch.id, false, props),
    h('th', { attrs: { scope: 'row', class: 'heat-branch', style: indent(depth) } }, row.name),
    ...row.cells.map((cell, i) =>
      heatCell(cell, row.branch.id, i === 0 ? leafMark(row, props) : undefined, props),
    ),
    verdictCell(row, props),
    competitorCell(row.branch.competitorVerdict, row.branch.competitorReasons, props),
  );
}

function parentRow(row: HeatParentRow, depth: number, props: HeatmapProps): HTMLElement {
  return h(
    'tr',
    rowOptions(row.parent.id, true, props),
    h(
      'th',
      {
        attrs: {
          scope: 'row',
          class: 'heat-branch',
          style: `${indent(depth)};font-weight:600 !important`,
          title: props.t('nav.gaps.parentRow'),
        },
      },
      row.name,
    ),
    ...row.cells.map((cell) => heatCell(cell, row.parent.id, undefined, props, 'heat-parent-cell')),
    h('td', { attrs: { class: 'verdict' } }),
    competitorCell(row.parent.competitorVerdict, row.parent.competitorReasons, props),
  );
}

function bodyRows(props: HeatmapProps): HTMLElement[] {
  const { matrix } = props;
  const span = matrix.columns.length + 3;
  return matrix.sections.flatMap((section) => [
    h(
      'tr',
      { attrs: { class: 'heat-section' } },
      h('th', { attrs: { colspan: span, scope: 'rowgroup' } }, section.name),
    ),
    ...orderedRows(section).map((entry) =>
      entry.kind === 'leaf'
        ? leafRow(entry.row, entry.depth, props)
        : parentRow(entry.row, entry.depth, props),
    ),
  ]);
}

/** The matrix as a file: raw values, both names, both verdicts in words, priority and reasons. */
function matrixRows(matrix: HeatMatrix, t: Translate, lang: Lang): CsvCell[][] {
  const cv = (verdict: CompetitorVerdict | undefined) => t(`nav.gaps.cv.${verdict ?? 'none'}`);
  return matrix.sections.flatMap((section) =>
    orderedRows(section).map((entry) => {
      if (entry.kind === 'parent') {
        const { parent } = entry.row;
        return [
          section.name,
          bothNames(parent.name, parent.id),
          ...entry.row.cells.map((c) => c.value),
          '',
          '',
          cv(parent.competitorVerdict),
          explainAll(parent.competitorReasons, lang),
        ];
      }
      const { branch } = entry.row;
      return [
        section.name,
        bothNames(branch.name, branch.id),
        ...entry.row.cells.map((cell) => cell.value),
        t(`nav.verdict.${branch.verdict}`),
        branch.priority ? t(`nav.priority.${branch.priority}`) : '',
        cv(branch.competitorVerdict),
        explainAll([...(branch.competitorReasons ?? []), ...branch.reasons], lang),
      ];
    }),
  );
}

export function gapHeatmap(props: HeatmapProps): HTMLElement {
  const { matrix, t } = props;
  const partyNames = matrix.columns.map((c) => (c.key === FIELD_COLUMN ? t('nav.gaps.field') : c.name));
  const csvColumns = [
    t('kind.segment'),
    t('kind.branch'),
    ...partyNames,
    t('nav.verdict'),
    t('nav.priority'),
    t('nav.gaps.vsCompetitors'),
    t('nav.reasons'),
  ];
  const table = h(
    'table',
    { attrs: { class: 'heatmap', 'data-testid': 'gap-heatmap', 'data-metric': matrix.metric } },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { attrs: { scope: 'col', class: 'heat-corner' } }, t('kind.branch')),
        ...matrix.columns.map((c) => columnTitle(c, t)),
        h('th', { attrs: { scope: 'col', class: 'heat-verdict-head' } }, t('nav.verdict')),
        h('th', { attrs: { scope: 'col', class: 'heat-verdict-head' } }, t('nav.gaps.vsCompetitors')),
      ),
    ),
    h('tbody', null, ...bodyRows(props)),
  );
  return h(
    'section',
    // min-width:0 lets this grid item narrow to its track; the table scrolls inside (1024 px).
    { attrs: { class: 'panel', style: 'min-width:0' } },
    h(
      'div',
      { attrs: { class: 'panel-head' } },
      h('h2', null, t('nav.gaps.matrix', { metric: t(`nav.metric.${matrix.metric}`) })),
      tableDownloads({
        t,
        title: t('nav.gaps.matrixShort'),
        fileStem: fileStem(`gap-matrix-${props.gaps.chain.id}-${matrix.metric}`),
        columns: csvColumns,
        rows: matrixRows(matrix, t, props.lang),
      }),
    ),
    // The table scrolls inside this box (branch column sticky, gaps.css); the page keeps its width.
    h(
      'div',
      { attrs: { class: 'table-scroll-x heatmap-scroll', 'data-testid': 'gap-heatmap-scroll' } },
      table,
    ),
  );
}
