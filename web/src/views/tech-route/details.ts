/** The details of a clicked patent on the route map, with the patent drawer and the fence actions. */
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import type { RouteNode } from './route-elements';

export interface NodeDetailsProps {
  node: RouteNode;
  t: Translate;
  openPatent(id: string): void;
  /** Loads the fence into `host`; the details stay open meanwhile. */
  showFence(host: HTMLElement): void;
  hideFence(): void;
}

function entry(term: string, value: string | number | null): HTMLElement[] {
  return [h('dt', null, term), h('dd', null, value === null || value === '' ? '—' : String(value))];
}

export function nodeDetails(props: NodeDetailsProps): HTMLElement {
  const { node, t } = props;
  const fenceHost = h('div', { attrs: { class: 'fence-host', 'aria-live': 'polite' } });
  const fenceButton = h(
    'button',
    { attrs: { type: 'button', class: 'button', 'data-testid': 'show-fence' } },
    t('fence.show'),
  );
  const hideButton = h(
    'button',
    { attrs: { type: 'button', class: 'button button-quiet', hidden: true } },
    t('fence.hide'),
  );
  fenceButton.addEventListener('click', () => {
    hideButton.hidden = false;
    props.showFence(fenceHost);
  });
  hideButton.addEventListener('click', () => {
    hideButton.hidden = true;
    fenceHost.replaceChildren();
    props.hideFence();
  });
  return h(
    'div',
    { attrs: { class: 'node-details route-details' } },
    h(
      'dl',
      null,
      ...entry(t('core.col.title'), node.title),
      ...entry(t('core.col.applicant'), node.applicant),
      ...entry(t('core.col.year'), node.year),
      ...entry(t('route.score'), Math.round(node.score * 10) / 10),
      ...entry(t('core.col.core'), node.core ? t('core.yes') : t('core.no')),
      ...entry(t('route.onPath'), node.onPath ? t('core.yes') : t('core.no')),
    ),
    h(
      'p',
      { attrs: { class: 'tool-group' } },
      h(
        'button',
        { attrs: { type: 'button', class: 'button' }, on: { click: () => props.openPatent(node.id) } },
        t('route.openPatent'),
      ),
      fenceButton,
      hideButton,
    ),
    fenceHost,
  );
}
