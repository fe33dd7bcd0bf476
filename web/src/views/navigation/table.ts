/**
 * A data table with CSV and Excel downloads (landscape/tables.ts `tableDownloads`). Cells keep raw
 * values for the files (shares as fractions, growth as ratios) and are formatted for the screen only.
 */
import { fileStem } from '@web/src/dom/download';
import { h } from '@web/src/dom/h';
import type { CsvCell } from '@web/src/export/csv';
import type { Lang, Translate } from '@web/src/i18n';
import { tableDownloads } from '../landscape/tables';
import { formatGrowth, formatInteger, formatPercent, formatRatio } from './format';

export type ColumnKind = 'text' | 'int' | 'percent' | 'growth' | 'ratio';

export interface TableColumn {
  label: string;
  kind?: ColumnKind;
}

export interface DataTableProps {
  title: string;
  columns: readonly TableColumn[];
  rows: readonly CsvCell[][];
  /** Used in the download file names: patnav-<what>-<date>. */
  what: string;
  t: Translate;
  lang: Lang;
  note?: string | undefined;
  testId?: string;
}

export function formatCell(value: CsvCell, kind: ColumnKind, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'percent':
      return formatPercent(value, lang);
    case 'growth':
      return formatGrowth(value, lang);
    case 'ratio':
      return formatRatio(value, lang);
    default:
      return formatInteger(value, lang);
  }
}

export function dataTable(props: DataTableProps): HTMLElement {
  const kinds = props.columns.map((column) => column.kind ?? 'text');
  const numeric = (i: number) => (kinds[i] !== 'text' ? 'num' : undefined);
  const table = h(
    'table',
    { attrs: { class: 'ranked data-table' } },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        ...props.columns.map((c, i) => h('th', { attrs: { scope: 'col', class: numeric(i) } }, c.label)),
      ),
    ),
    h(
      'tbody',
      null,
      ...props.rows.map((row) =>
        h(
          'tr',
          null,
          ...row.map((value, i) =>
            h('td', { attrs: { class: numeric(i) } }, formatCell(value, kinds[i] ?? 'text', props.lang)),
          ),
        ),
      ),
    ),
  );
  return h(
    'section',
    { attrs: { class: 'panel', 'data-testid': props.testId } },
    h(
      'div',
      { attrs: { class: 'panel-head' } },
      h('h2', null, props.title),
      tableDownloads({
        t: props.t,
        title: props.title,
        fileStem: fileStem(props.what),
        columns: props.columns.map((c) => c.label),
        rows: props.rows.map((row) => [...row]),
      }),
    ),
    h('div', { attrs: { class: 'table-scroll' } }, table),
    props.note !== undefined && h('p', { attrs: { class: 'muted' } }, props.note),
  );
}

/**
 * A list of notes (rules, caveats) as text: explanations the caller rendered in the UI language, or
 * API notes that are bilingual already.
 * An array, so a caller can spread it into replaceChildren (empty when there is nothing to say).
 */
export function notesList(title: string, notes: readonly string[]): HTMLElement[] {
  if (notes.length === 0) return [];
  return [
    h(
      'section',
      { attrs: { class: 'panel notes-panel' } },
      h('h2', null, title),
      h('ul', { attrs: { class: 'api-notes' } }, ...notes.map((note) => h('li', null, note))),
    ),
  ];
}
