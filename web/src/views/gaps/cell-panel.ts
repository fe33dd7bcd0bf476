/**
 * The drill-down of a gap cell in the details panel: the cell's families page by page (each
 * publication opens the patent drawer), the total, and the whole list as CSV or Excel.
 */
import type { GapCellResponse } from '@graph-schema/dto/gaps';
import { fileStem } from '@web/src/dom/download';
import { h } from '@web/src/dom/h';
import { wholeListDownloads } from '@web/src/export/whole-list-downloads';
import { nameIn } from '../navigation/bilingual';
import { formatInteger } from '../navigation/format';
import type { ViewContext } from '../types';
import { CELL_PAGE, fetchGapCell, type GapCellRequest } from './cell-data';
import { cellPartyName, gapCellWholeList } from './cell-export';

/**
 * A family by its publications in the cell (the first is the family's representative), its title
 * and year. The family id is a source key (`F:incopat:…`), not a reader's word: it stays in a data
 * attribute for tests and exports.
 */
function familyRow(family: GapCellResponse['families'][number], context: ViewContext): HTMLElement {
  const { lang } = context;
  return h(
    'tr',
    { attrs: { 'data-family-id': family.familyId } },
    h(
      'td',
      { attrs: { class: 'cell-publications' } },
      ...family.publications.map((p) =>
        h(
          'button',
          {
            attrs: { type: 'button', class: 'link-button', 'data-patent-id': p.id },
            on: { click: () => context.openPatent(p.id) },
          },
          p.id,
        ),
      ),
    ),
    h('td', { attrs: { class: 'gap-cell-title' } }, nameIn(family.title, lang, '—')),
    h('td', { attrs: { class: 'num' } }, family.year === null ? '—' : String(family.year)),
  );
}

/** Fixed column widths: publications and year keep their size, the title takes the rest and wraps. */
function familyTable(cell: GapCellResponse, context: ViewContext): HTMLElement {
  const { t } = context;
  const head = (key: 'nav.gaps.publications' | 'nav.gaps.title' | 'nav.gaps.year', className: string) =>
    h('th', { attrs: { scope: 'col', class: className } }, t(key));
  return h(
    'table',
    { attrs: { class: 'ranked compact gap-cell-table', 'data-testid': 'gap-cell-families' } },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        head('nav.gaps.publications', 'gap-cell-pubs'),
        head('nav.gaps.title', 'gap-cell-title'),
        head('nav.gaps.year', 'gap-cell-year num'),
      ),
    ),
    h('tbody', null, ...cell.families.map((f) => familyRow(f, context))),
  );
}

/** The whole cell as CSV or Excel (every page, not the panel's page), with the shared export header. */
function exports(request: GapCellRequest, cell: GapCellResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const total = formatInteger(cell.total, lang);
  return wholeListDownloads({
    t,
    fileStem: fileStem(`gap-cell-${cell.branch.id}-${cell.applicant?.key ?? 'field'}`),
    labels: { csv: t('nav.gaps.exportAll', { total }), xlsx: t('nav.gaps.exportAllXlsx', { total }) },
    build: () => gapCellWholeList(request, context),
  });
}

function cellBody(
  request: GapCellRequest,
  cell: GapCellResponse,
  context: ViewContext,
  turn: (offset: number) => void,
): HTMLElement {
  const { t, lang } = context;
  const from = cell.total === 0 ? 0 : cell.offset + 1;
  const to = cell.offset + cell.families.length;
  const pager = h(
    'span',
    { attrs: { class: 'tool-group' } },
    h(
      'button',
      {
        attrs: { type: 'button', class: 'button button-small', disabled: cell.offset === 0 || undefined },
        on: { click: () => turn(Math.max(0, cell.offset - CELL_PAGE)) },
      },
      t('nav.gaps.previous'),
    ),
    h(
      'button',
      {
        attrs: { type: 'button', class: 'button button-small', disabled: !cell.truncated || undefined },
        on: { click: () => turn(cell.offset + CELL_PAGE) },
      },
      t('nav.gaps.next'),
    ),
  );
  return h(
    'div',
    { attrs: { class: 'node-details gap-cell', 'data-testid': 'gap-cell', 'data-total': cell.total } },
    h(
      'p',
      { attrs: { class: 'totals' } },
      t('nav.gaps.cellTotal', {
        total: formatInteger(cell.total, lang),
        dateBasis: t(`basis.${cell.dateBasis}`),
        from,
        to,
      }),
    ),
    cell.total === 0 ? h('p', { attrs: { class: 'muted' } }, t('nav.gaps.cellEmpty')) : pager,
    cell.total > 0 && exports(request, cell, context),
    cell.total > 0 && familyTable(cell, context),
  );
}

/** Opens the cell in the details panel at `offset`, under `lead` (the branch's details); paging reloads the panel. */
export async function openGapCell(
  request: GapCellRequest,
  context: ViewContext,
  lead: () => HTMLElement | undefined,
  offset = 0,
): Promise<void> {
  const cell = await fetchGapCell(request, context.filters, offset, context.signal);
  const title = context.t('nav.gaps.cellTitle', {
    party: cellPartyName(cell, context.t),
    branch: nameIn(cell.branch.name, context.lang, cell.branch.id),
  });
  const body = cellBody(request, cell, context, (next) => void openGapCell(request, context, lead, next));
  context.details.show(title, h('div', null, lead(), body));
}
