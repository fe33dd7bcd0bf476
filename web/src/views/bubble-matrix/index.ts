/**
 * Applicant × technology bubble matrix (申请人-技术气泡图): rows = top applicants by families in
 * scope, columns = CPC/IPC codes at a level or the chain's leaf branches, bubble area = families,
 * colour = growth (windows stated) or RTA. A click on a bubble lists its families in the details
 * panel (each opens the patent drawer). Data: GET /api/maps/bubble-matrix (server/features/maps).
 */
import type { BubbleMatrixCell, BubbleMatrixResponse } from '@graph-schema/dto/bubble-matrix';
import { fileStem } from '@web/src/dom/download';
import { h } from '@web/src/dom/h';
import { chartExportButtons } from '@web/src/graph/chart-export';
import { formatInteger } from '@web/src/i18n';
import { figureOf } from '../figure/frame';
import { tableDownloads } from '../landscape/tables';
import { latestOnly, loadInto } from '../load';
import { loadBranchPrecisions, lowPrecisionMark } from '../navigation/branch-precision';
import type { ViewContext, ViewInstance } from '../types';
import { fetchBubbleCell, fetchBubbleMatrix } from './api';
import { cellBody, cellTitle, evidenceBlock, familyListBlock } from './cell-details';
import { bubbleChart } from './chart';
import { bubbleLegend } from './legend';
import { bubbleLayout, columnText } from './model';
import { type BubbleParams, readParams } from './params';
import { bubbleToolbar } from './toolbar';

const VIEW_ID = 'bubble-matrix';

function summary(matrix: BubbleMatrixResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const text = t('bubble.summary', {
    rows: matrix.rows.length,
    totalRows: formatInteger(matrix.totalApplicants, lang),
    columns: matrix.columns.length,
    totalColumns: formatInteger(matrix.totalColumns, lang),
    families: formatInteger(matrix.scopeFamilies, lang),
  });
  return h(
    'div',
    { attrs: { class: 'captions' } },
    h('p', { attrs: { class: 'measure' } }, text),
    evidenceBlock(matrix.evidence, t),
  );
}

/** Every non-empty cell as a table row, for the CSV/XLSX downloads. */
function cellTable(matrix: BubbleMatrixResponse, context: ViewContext) {
  const { t, lang } = context;
  const names = new Map(matrix.rows.map((row) => [row.key, row.name]));
  return {
    columns: [
      t('bubble.col.applicant'),
      t('bubble.col.column'),
      t('bubble.cell.families'),
      t('bubble.cell.recent', { from: matrix.window?.recentFrom ?? '', to: matrix.window?.recentTo ?? '' }),
      t('bubble.cell.earlier', {
        from: matrix.window?.earlierFrom ?? '',
        to: matrix.window?.earlierTo ?? '',
      }),
      t('bubble.cell.growth'),
      t('bubble.cell.rta'),
    ],
    rows: matrix.cells.map((cell) => [
      names.get(cell.applicant) ?? cell.applicant,
      columnText(matrix, cell.column, lang),
      cell.families,
      cell.recent,
      cell.earlier,
      cell.growth,
      cell.rta,
    ]),
  };
}

function showCell(
  matrix: BubbleMatrixResponse,
  cell: BubbleMatrixCell,
  context: ViewContext,
  signal: AbortSignal,
) {
  const { t, lang } = context;
  const { body, listHost } = cellBody(matrix, cell, t, lang);
  context.details.show(cellTitle(matrix, cell, t, lang), body);
  const params = readParams(context.viewParams(), context.filters.chain !== undefined);
  loadInto(listHost, t, signal, {
    load: (s) => fetchBubbleCell(context.filters, params, cell, s),
    isEmpty: (list) => list.families.length === 0,
    render: (list) => listHost.replaceChildren(familyListBlock(list, t, lang, context.openPatent)),
  });
}

interface RenderProps {
  host: HTMLElement;
  matrix: BubbleMatrixResponse;
  context: ViewContext;
  onParams(patch: Partial<BubbleParams>): void;
  cellSignal(): AbortSignal;
}

function render(props: RenderProps): void {
  const { host, matrix, context } = props;
  const { t, lang } = context;
  const params = readParams(context.viewParams(), context.filters.chain !== undefined);
  const layout = bubbleLayout(matrix, params.color, lang);
  const chart = bubbleChart({
    layout,
    t,
    lang,
    onCell: (cell) => {
      for (const selected of chart.querySelectorAll('.bubble-selected'))
        selected.classList.remove('bubble-selected');
      chart
        .querySelector(
          `circle[data-applicant="${CSS.escape(cell.applicant)}"][data-column="${CSS.escape(cell.column)}"]`,
        )
        ?.classList.add('bubble-selected');
      showCell(matrix, cell, context, props.cellSignal());
    },
  });
  const legend = bubbleLegend(matrix, params.color, t, lang);
  const frame = figureOf(context, () => ({ titleKey: 'view.bubble-matrix', legend }));
  const table = cellTable(matrix, context);
  const downloads = [
    tableDownloads({ t, title: t('view.bubble-matrix'), fileStem: fileStem(VIEW_ID), ...table }),
    chartExportButtons(t, chart, VIEW_ID, frame),
  ];
  const hasChain = context.filters.chain !== undefined;
  const toolbar = bubbleToolbar({ t, params, hasChain, onChange: props.onParams, downloads });
  host.replaceChildren(toolbar, chart, legend, summary(matrix, context));
}

/** Branch columns carry the open project's low-precision mark (branch-precision.ts). */
async function flagColumns(
  matrix: BubbleMatrixResponse,
  context: ViewContext,
): Promise<BubbleMatrixResponse> {
  if (matrix.axis !== 'branch') return matrix;
  const precisions = await loadBranchPrecisions(context.filters.project, context.filters.chain);
  if (precisions.size === 0) return matrix;
  const mark = (id: string) => lowPrecisionMark(precisions.get(id), context.t);
  return {
    ...matrix,
    columns: matrix.columns.map((c) => ({
      ...c,
      label: c.label + mark(c.id),
      labelZh: c.labelZh + mark(c.id),
    })),
  };
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const host = h('div', { attrs: { class: 'map-view bubble-view' } });
  container.replaceChildren(host);
  const nextSignal = latestOnly(context.signal);
  const nextCellSignal = latestOnly(context.signal);
  let current: BubbleMatrixResponse | undefined;
  const draw = (matrix: BubbleMatrixResponse): void => {
    current = matrix;
    render({ host, matrix, context, onParams, cellSignal: nextCellSignal });
  };
  const load = (): void => {
    context.details.clear();
    const params = readParams(context.viewParams(), context.filters.chain !== undefined);
    loadInto(host, context.t, nextSignal(), {
      load: (signal) =>
        fetchBubbleMatrix(context.filters, params, signal).then((m) => flagColumns(m, context)),
      isEmpty: (matrix) => matrix.cells.length === 0,
      render: draw,
    });
  };
  // The colour only repaints; columns or level ask the API again.
  function onParams(patch: Partial<BubbleParams>): void {
    context.setViewParams(patch);
    if (patch.color !== undefined && current) draw(current);
    else load();
  }
  load();
  return { destroy: () => context.details.clear() };
}
