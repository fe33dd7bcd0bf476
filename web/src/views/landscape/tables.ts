/** A ranked table with its own CSV and Excel downloads: what a report author copies into a spreadsheet. */
import { downloadButton } from '@web/src/dom/download-button';
import { h } from '@web/src/dom/h';
import { type CsvCell, csvBlob, toCsv } from '@web/src/export/csv';
import { xlsxBlob } from '@web/src/export/xlsx';
import type { Translate } from '@web/src/i18n';

export interface RankedTableProps {
  title: string;
  columns: string[];
  /** Cells in column order; numbers are right-aligned and formatted for display only. */
  rows: CsvCell[][];
  formatNumber(value: number): string;
  note?: string;
  t: Translate;
  /** File name without extension; `.csv` / `.xlsx` are added. */
  fileStem: string;
}

export interface TableDownloadsProps {
  t: Translate;
  title: string;
  fileStem: string;
  columns: string[];
  rows: CsvCell[][];
}

/** CSV (opens anywhere) and Excel (keeps numbers as numbers and needs no encoding guess). */
export function tableDownloads(props: TableDownloadsProps): HTMLElement {
  const { t, columns, rows } = props;
  const className = 'button button-small';
  return h(
    'span',
    { attrs: { class: 'tool-group' } },
    downloadButton({
      t,
      className,
      label: t('landscape.exportCsv'),
      fileName: `${props.fileStem}.csv`,
      makeBlob: () => csvBlob(toCsv(columns, rows)),
    }),
    downloadButton({
      t,
      className,
      label: t('table.exportXlsx'),
      fileName: `${props.fileStem}.xlsx`,
      makeBlob: () => xlsxBlob({ name: props.title, columns, rows }),
    }),
  );
}

function cell(value: CsvCell, formatNumber: (value: number) => string): HTMLTableCellElement {
  if (typeof value === 'number') return h('td', { attrs: { class: 'num' } }, formatNumber(value));
  return h('td', null, value ?? '');
}

/** Column headers align like their cells: numbers right, text left. */
function header(column: string, firstValue: CsvCell): HTMLTableCellElement {
  return h(
    'th',
    { attrs: { scope: 'col', class: typeof firstValue === 'number' ? 'num' : undefined } },
    column,
  );
}

export function rankedTable(props: RankedTableProps): HTMLElement {
  const table = h(
    'table',
    { attrs: { class: 'ranked' } },
    h('thead', null, h('tr', null, ...props.columns.map((column, i) => header(column, props.rows[0]?.[i])))),
    h(
      'tbody',
      null,
      ...props.rows.map((row) => h('tr', null, ...row.map((value) => cell(value, props.formatNumber)))),
    ),
  );
  return h(
    'section',
    { attrs: { class: 'panel' } },
    h(
      'div',
      { attrs: { class: 'panel-head' } },
      h('h2', null, props.title),
      tableDownloads({
        t: props.t,
        title: props.title,
        fileStem: props.fileStem,
        columns: props.columns,
        rows: props.rows,
      }),
    ),
    table,
    props.note !== undefined && h('p', { attrs: { class: 'muted' } }, props.note),
  );
}
