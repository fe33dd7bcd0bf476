/**
 * "See this branch in core patents / technology route / gaps": links from a branch's details (chain
 * panorama, gap rows, technology–effect cells) to another view scoped to that branch. The current
 * scope is kept except the chain tree, which becomes the branch's chain and the branch (its segment
 * is dropped: the branch lies inside one anyway). Real links (`href`): they open in a new tab too and
 * restore exactly, because the whole state is in the URL (app/url-state.ts).
 */
import { h } from '../dom/h';
import type { Translate } from '../i18n';
import { type Filters, filtersToPairs } from '../scope/filters';

export const CROSS_LINK_VIEWS = ['core-patents', 'tech-route', 'gaps'] as const;
export type CrossLinkView = (typeof CROSS_LINK_VIEWS)[number];

/** The query string (without `?`) of `view` scoped to a chain-qualified branch id. */
export function branchViewState(view: CrossLinkView, filters: Filters, branchId: string): string {
  const chain = branchId.slice(0, Math.max(0, branchId.indexOf(':')));
  const scoped: Filters = { ...filters, chain: chain || filters.chain, segment: undefined, branch: branchId };
  const params = new URLSearchParams([['view', view], ...filtersToPairs(scoped)]);
  return params.toString();
}

/** What the links need of a view's context (views/types.ts ViewContext has it; widgets do not import views). */
export interface CrossLinkContext {
  t: Translate;
  filters: Filters;
  viewLink(state: string): string;
}

export function branchCrossLinks(
  context: CrossLinkContext,
  branchId: string,
  currentView: CrossLinkView | undefined,
): HTMLElement {
  const { t } = context;
  const links = CROSS_LINK_VIEWS.filter((view) => view !== currentView).map((view) =>
    h(
      'a',
      {
        attrs: {
          class: 'button cross-link',
          'data-view': view,
          href: context.viewLink(branchViewState(view, context.filters, branchId)),
        },
      },
      t(`crossLink.${view}`),
    ),
  );
  return h(
    'nav',
    { attrs: { class: 'cross-links', 'aria-label': t('crossLink.title') } },
    h('span', null, t('crossLink.title')),
    ...links,
  );
}
