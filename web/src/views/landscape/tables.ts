/** A ranked table with its own CSV download: what a report author copies into a spreadsheet. */
import { downloadBlob } from '../../dom/download';
import { h } from '../../dom/h';
import { type CsvCell, csvBlob, toCsv } from '../../export/csv';

export interface RankedTableProps {
  title: string;
  columns: string[];
  /** Cells in column order; numbers are right-aligned and formatted for display only. */
  rows: CsvCell[][];
  formatNumber(value: number): string;
  note?: string;
  csvLabel: string;
  csvFileName: string;
}

export function csvButton(
  label: string,
  fileName: string,
  columns: string[],
  rows: CsvCell[][],
): HTMLButtonElement {
  return h(
    'button',
    {
      attrs: { type: 'button', class: 'button button-small' },
      on: { click: () => downloadBlob(csvBlob(toCsv(columns, rows)), fileName) },
    },
    label,
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
      csvButton(props.csvLabel, props.csvFileName, props.columns, props.rows),
    ),
    table,
    props.note !== undefined && h('p', { attrs: { class: 'muted' } }, props.note),
  );
}
