/** The ranked core-patent table; each row expands to its score breakdown. */
import type { CorePatentItem, CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import { patentLink } from '@web/src/patent/patent-link';
import { scoreBreakdown } from './breakdown';

export interface CoreTableProps {
  answer: CorePatentsResponse;
  t: Translate;
  openPatent(id: string): void;
}

function coreFlag(item: CorePatentItem, t: Translate): HTMLElement {
  if (!item.core) return h('span', { attrs: { class: 'muted' } }, '—');
  return h('span', { attrs: { class: 'core-flag' } }, item.highValue ? t('core.highValue') : t('core.core'));
}

function itemRows(item: CorePatentItem, props: CoreTableProps, columns: number): HTMLTableRowElement[] {
  const { t } = props;
  const detailCell = h('td', { attrs: { colspan: columns } });
  const detailRow = h('tr', { attrs: { class: 'expansion', hidden: true } }, detailCell);
  const toggle = h(
    'button',
    {
      attrs: {
        type: 'button',
        class: 'button button-small expand',
        'aria-expanded': 'false',
        title: t('core.explain'),
      },
    },
    '▸',
  );
  toggle.addEventListener('click', () => {
    const open = detailRow.hidden;
    if (open && detailCell.childElementCount === 0)
      detailCell.append(scoreBreakdown(item, props.answer.scale, t));
    detailRow.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? '▾' : '▸';
  });
  const row = h(
    'tr',
    { attrs: { class: item.core ? 'core-row' : undefined, 'data-testid': 'core-row' } },
    h('td', null, toggle),
    h('td', { attrs: { class: 'num' } }, item.rank),
    h('td', null, patentLink(item.patentId, t, props.openPatent)),
    h('td', null, item.title ?? ''),
    h('td', null, item.applicant?.name ?? ''),
    h('td', { attrs: { class: 'num' } }, item.priorityYear ?? ''),
    h('td', { attrs: { class: 'num' } }, (Math.round(item.score * 10) / 10).toFixed(1)),
    h('td', null, coreFlag(item, t)),
  );
  return [row, detailRow];
}

export function coreTable(props: CoreTableProps): HTMLTableElement {
  const { t } = props;
  const headers: [string, boolean][] = [
    [t('core.explainShort'), false],
    [t('core.col.rank'), true],
    [t('core.col.patent'), false],
    [t('core.col.title'), false],
    [t('core.col.applicant'), false],
    [t('core.col.year'), true],
    [t('core.col.scoreOf', { scale: props.answer.scale }), true],
    [t('core.col.core'), false],
  ];
  return h(
    'table',
    { attrs: { class: 'ranked core-table' } },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        ...headers.map(([text, numeric]) =>
          h('th', { attrs: { scope: 'col', class: numeric ? 'num' : undefined } }, text),
        ),
      ),
    ),
    h('tbody', null, ...props.answer.items.flatMap((item) => itemRows(item, props, headers.length))),
  );
}
