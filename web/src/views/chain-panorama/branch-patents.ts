/**
 * The paged patent list of one branch (GET /api/chains/:id/branches/:branchId/patents). A publication
 * number opens the shell's patent details drawer (context.openPatent).
 */
import type { BranchPatentsResponse } from '@graph-schema/dto/chains';
import { fetchBranchPatents } from '@web/src/api/navigation';
import { h } from '@web/src/dom/h';
import { patentLink } from '@web/src/patent/patent-link';
import { latestOnly, loadInto } from '../load';
import { nameIn } from '../navigation/bilingual';
import type { ViewContext } from '../types';

/** Ten per page: the list sits in the narrow details panel under the branch facts. */
export const PATENT_PAGE_SIZE = 10;

function patentRow(patent: BranchPatentsResponse['patents'][number], context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const applicants = patent.applicants.map((a) => a.name).join('; ');
  const evidence = patent.matchedBy
    .map((m) => m.evidence ?? m.rule ?? '')
    .filter(Boolean)
    .join('; ');
  return h(
    'li',
    { attrs: { class: 'branch-patent', 'data-patent-id': patent.id } },
    h(
      'div',
      { attrs: { class: 'branch-patent-head' } },
      patentLink(patent.id, t, context.openPatent),
      h('span', { attrs: { class: 'muted' } }, [patent.year, patent.legalStatus].filter(Boolean).join(' · ')),
    ),
    h('div', null, nameIn(patent.title, lang, patent.id)),
    applicants !== '' && h('div', { attrs: { class: 'muted' } }, applicants),
    evidence !== '' && h('div', { attrs: { class: 'muted small' } }, t('nav.patents.evidence', { evidence })),
  );
}

function pager(data: BranchPatentsResponse, context: ViewContext, go: (offset: number) => void): HTMLElement {
  const { t } = context;
  const last = Math.min(data.total, data.offset + data.patents.length);
  const button = (label: string, offset: number, disabled: boolean) =>
    h(
      'button',
      { attrs: { type: 'button', class: 'button button-small', disabled }, on: { click: () => go(offset) } },
      label,
    );
  return h(
    'div',
    { attrs: { class: 'nav-pager' } },
    button(t('nav.patents.previous'), Math.max(0, data.offset - data.limit), data.offset === 0),
    h(
      'span',
      { attrs: { class: 'muted' } },
      t('nav.patents.range', { first: data.offset + 1, last, total: data.total }),
    ),
    button(t('nav.patents.next'), data.offset + data.limit, last >= data.total),
  );
}

/** The list with its own loading/empty/error states; paging replaces only this part of the panel. */
export function branchPatentList(chain: string, branchId: string, context: ViewContext): HTMLElement {
  const host = h('div', { attrs: { class: 'branch-patents', 'data-testid': 'branch-patents' } });
  const nextSignal = latestOnly(context.signal);
  const show = (offset: number): void =>
    loadInto(host, context.t, nextSignal(), {
      load: (signal) =>
        fetchBranchPatents(chain, branchId, context.filters, { limit: PATENT_PAGE_SIZE, offset }, signal),
      isEmpty: (data) => data.total === 0,
      render: (data) =>
        host.replaceChildren(
          h(
            'ol',
            { attrs: { class: 'branch-patent-list', start: data.offset + 1 } },
            ...data.patents.map((p) => patentRow(p, context)),
          ),
          pager(data, context, show),
        ),
    });
  show(0);
  return host;
}
