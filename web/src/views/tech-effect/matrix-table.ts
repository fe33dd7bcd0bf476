/**
 * The technology–effect matrix as a heatmap table. Marked kinds: white space (dashed teal frame, ○),
 * apparent gap (dotted vermilion frame, ?), saturated (solid dark frame, ●); a symbol repeats the
 * frame so the mark survives greyscale printing. A click on a cell opens it in the details panel.
 */
import type { TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { fileStem } from '@web/src/dom/download';
import { h } from '@web/src/dom/h';
import { wholeListDownloads } from '@web/src/export/whole-list-downloads';
import type { Lang, Translate } from '@web/src/i18n';
import { explain } from '@web/src/i18n/explain';
import type { Filters } from '@web/src/scope/filters';
import { bothNames } from '../navigation/bilingual';
import type { TeCellView, TeMatrix } from './matrix-model';
import { techEffectWholeList } from './whole-export';

export const KIND_SYMBOL: Record<string, string> = {
  white_space: '○',
  apparent_gap: '?',
  saturated: '●',
  too_few: '·',
};
/** Marks a column read as a free effect phrase (not a lexicon effect), in the header and the legend. */
export const PHRASE_COLUMN_MARK = '≈';

export interface MatrixTableProps {
  data: TechEffectResponse;
  matrix: TeMatrix;
  t: Translate;
  lang: Lang;
  onSelectCell(row: string, effect: string): void;
  /** Scope of the answer, for the export's header (export/export-metadata.ts). */
  filters: Filters;
  signal?: AbortSignal;
}

function cellElement(view: TeCellView, props: MatrixTableProps): HTMLElement {
  const { cell } = view;
  const symbol = KIND_SYMBOL[cell.kind];
  const reasons = cell.reasons.map((reason) => explain(reason, props.lang));
  const title = [props.t(`nav.te.kind.${cell.kind}`), ...reasons].join(' — ');
  return h(
    'td',
    {
      attrs: {
        class: `num heat-cell te-cell kind-${cell.kind}`,
        style: `background:${view.color};color:${view.textColor}`,
        title,
        tabindex: 0,
        'data-row': cell.row,
        'data-effect': cell.effect,
      },
      on: {
        click: () => props.onSelectCell(cell.row, cell.effect),
        keydown: (event) => {
          if (event.key === 'Enter') props.onSelectCell(cell.row, cell.effect);
        },
      },
    },
    symbol && h('span', { attrs: { class: 'kind-symbol', 'aria-hidden': 'true' } }, symbol),
    view.text,
  );
}

function csv(props: MatrixTableProps): { columns: string[]; rows: (string | number)[][] } {
  const { matrix, t } = props;
  const names = new Map(props.data.rows.map((row) => [row.id, bothNames(row.name, row.id)]));
  return {
    columns: [t('kind.branch'), ...matrix.columns.map((c) => c.name)],
    rows: matrix.rows.map((row) => [names.get(row.id) ?? row.name, ...row.cells.map((c) => c.cell.families)]),
  };
}

export function matrixTable(props: MatrixTableProps): HTMLElement {
  const { matrix, t } = props;
  const file = csv(props);
  const table = h(
    'table',
    { attrs: { class: 'heatmap te-matrix', 'data-testid': 'te-matrix' } },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { attrs: { scope: 'col' } }, t('nav.te.means')),
        ...matrix.columns.map((c) =>
          h(
            'th',
            {
              attrs: {
                scope: 'col',
                class: `te-effect origin-${c.origin}${c.active ? '' : ' inactive'}`,
                'data-origin': c.origin,
                title: t(`nav.te.origin.${c.origin}`),
              },
            },
            c.origin === 'phrase' &&
              h('span', { attrs: { class: 'origin-mark', 'aria-hidden': 'true' } }, PHRASE_COLUMN_MARK),
            c.name,
          ),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      ...matrix.rows.map((row) =>
        h(
          'tr',
          { attrs: { class: row.active ? 'heat-row' : 'heat-row inactive' } },
          h('th', { attrs: { scope: 'row', class: 'heat-branch' } }, row.name),
          ...row.cells.map((cell) => cellElement(cell, props)),
        ),
      ),
    ),
  );
  return h(
    'section',
    { attrs: { class: 'panel' } },
    h(
      'div',
      { attrs: { class: 'panel-head' } },
      h('h2', null, t('nav.te.title')),
      wholeListDownloads({
        t,
        fileStem: fileStem(`tech-effect-${props.data.chain.id}`),
        build: () => techEffectWholeList(props.data, file, props),
      }),
    ),
    h('div', { attrs: { class: 'table-scroll-x' } }, table),
  );
}
