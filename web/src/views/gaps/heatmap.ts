/**
 * The layout-gap heatmap table: a row per leaf branch under its segment, a coloured cell per party
 * and the field, the target's verdict (gap / strength / watch) marked on its cell and in its own
 * column, reasons in the tooltip; a click on a row opens the branch in the details panel.
 */
import type { GapsResponse } from '@graph-schema/dto/gaps';
import { fileStem } from '@web/src/dom/download';
import { h } from '@web/src/dom/h';
import type { CsvCell } from '@web/src/export/csv';
import type { Lang, Translate } from '@web/src/i18n';
import { explainAll } from '@web/src/i18n/explain';
import { tableDownloads } from '../landscape/tables';
import { bothNames } from '../navigation/bilingual';
import { FIELD_COLUMN, type HeatCell, type HeatColumn, type HeatMatrix, type HeatRow } from './matrix-model';

export interface HeatmapProps {
  gaps: GapsResponse;
  matrix: HeatMatrix;
  t: Translate;
  lang: Lang;
  onSelectBranch(branchId: string): void;
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

function heatCell(cell: HeatCell, row: HeatRow, isTarget: boolean, props: HeatmapProps): HTMLElement {
  const { t, lang } = props;
  const verdict = row.branch.verdict;
  const marked = isTarget && verdict !== 'none';
  return h(
    'td',
    {
      attrs: {
        class: marked ? `num heat-cell verdict-${verdict}` : 'num heat-cell',
        style: `background:${cell.color};color:${cell.textColor}`,
        title: marked ? `${t(`nav.verdict.${verdict}`)}: ${explainAll(row.branch.reasons, lang)}` : undefined,
      },
    },
    cell.text,
  );
}

function verdictCell(row: HeatRow, props: HeatmapProps): HTMLElement {
  const { t, lang } = props;
  const { verdict, priority, reasons } = row.branch;
  if (verdict === 'none') return h('td', { attrs: { class: 'verdict' } });
  const label = priority
    ? `${t(`nav.verdict.${verdict}`)} · ${t(`nav.priority.${priority}`)}`
    : t(`nav.verdict.${verdict}`);
  return h(
    'td',
    { attrs: { class: 'verdict', title: explainAll(reasons, lang) } },
    h('span', { attrs: { class: `badge badge-${verdict}` } }, label),
  );
}

function bodyRows(props: HeatmapProps): HTMLElement[] {
  const { matrix } = props;
  const span = matrix.columns.length + 2;
  return matrix.sections.flatMap((section) => [
    h(
      'tr',
      { attrs: { class: 'heat-section' } },
      h('th', { attrs: { colspan: span, scope: 'rowgroup' } }, section.name),
    ),
    ...section.rows.map((row) =>
      h(
        'tr',
        {
          attrs: { class: 'heat-row', 'data-branch-id': row.branch.id, tabindex: 0 },
          on: {
            click: () => props.onSelectBranch(row.branch.id),
            keydown: (event) => {
              if (event.key === 'Enter') props.onSelectBranch(row.branch.id);
            },
          },
        },
        h('th', { attrs: { scope: 'row', class: 'heat-branch' } }, row.name),
        ...row.cells.map((cell, i) => heatCell(cell, row, i === 0, props)),
        verdictCell(row, props),
      ),
    ),
  ]);
}

/** The matrix as a file: raw values, both names, verdict, priority and reasons. */
function matrixRows(matrix: HeatMatrix, lang: Lang): CsvCell[][] {
  return matrix.sections.flatMap((section) =>
    section.rows.map((row) => [
      section.name,
      bothNames(row.branch.name, row.branch.id),
      ...row.cells.map((cell) => cell.value),
      row.branch.verdict,
      row.branch.priority,
      explainAll(row.branch.reasons, lang),
    ]),
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
        h('th', { attrs: { scope: 'col' } }, t('kind.branch')),
        ...matrix.columns.map((c) => columnTitle(c, t)),
        h('th', { attrs: { scope: 'col' } }, t('nav.verdict')),
      ),
    ),
    h('tbody', null, ...bodyRows(props)),
  );
  return h(
    'section',
    { attrs: { class: 'panel' } },
    h(
      'div',
      { attrs: { class: 'panel-head' } },
      h('h2', null, t('nav.gaps.matrix', { metric: t(`nav.metric.${matrix.metric}`) })),
      tableDownloads({
        t,
        title: t('nav.gaps.matrixShort'),
        fileStem: fileStem(`gap-matrix-${props.gaps.chain.id}-${matrix.metric}`),
        columns: csvColumns,
        rows: matrixRows(matrix, props.lang),
      }),
    ),
    h('div', { attrs: { class: 'table-scroll-x' } }, table),
  );
}
