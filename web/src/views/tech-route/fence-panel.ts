/**
 * The fence around a patent in the details panel: layout mode and why, owners by fence, the members
 * not on the map (listed, bounded, each opening the patent details), expiry profile.
 */
import type { FenceMember, FenceResponse } from '@graph-schema/dto/fence';
import { h } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { explain } from '@web/src/i18n/explain';
import { patentLink } from '@web/src/patent/patent-link';
import { expiryBars, type OffMapEntry, type OwnerLegendEntry, offMapList, ownerLegend } from './fence-model';

function ownerItem(entry: OwnerLegendEntry, t: Translate, lang: Lang): HTMLElement {
  return h(
    'li',
    { attrs: { 'data-side': entry.side } },
    h('span', { attrs: { class: 'swatch', style: `background:${entry.color}`, 'aria-hidden': 'true' } }),
    `${entry.name} · ${formatInteger(entry.patents, lang)}`,
    h('span', { attrs: { class: 'muted' } }, ` ${t(entry.side === 'own' ? 'fence.own' : 'fence.hostile')}`),
  );
}

function expiryList(fence: FenceResponse, t: Translate, lang: Lang): HTMLElement {
  const bars = expiryBars(fence.expiryProfile);
  if (bars.length === 0) return h('p', { attrs: { class: 'muted' } }, t('fence.noExpiry'));
  return h(
    'ul',
    { attrs: { class: 'bar-list' } },
    ...bars.map((bar) =>
      h(
        'li',
        null,
        h(
          'span',
          { attrs: { class: 'bar-label' } },
          bar.year === undefined ? t('fence.expiryUnknown') : String(bar.year),
        ),
        h(
          'span',
          { attrs: { class: 'bar-track' } },
          h('span', { attrs: { class: 'bar-fill', style: `width:${bar.pct}%` } }),
        ),
        h('span', { attrs: { class: 'num' } }, formatInteger(bar.patents, lang)),
      ),
    ),
  );
}

export interface FencePanelProps {
  fence: FenceResponse;
  /** Fence members the map does not show (fence-overlay.ts). */
  offMap: readonly FenceMember[];
  t: Translate;
  lang: Lang;
  openPatent(id: string): void;
}

function offMapItem(entry: OffMapEntry, props: FencePanelProps): HTMLElement {
  const { member, side } = entry;
  const { t } = props;
  const facts = [
    member.owner?.name,
    t(side === 'own' ? 'fence.own' : 'fence.hostile'),
    member.priorityDate?.slice(0, 4),
  ].filter(Boolean);
  return h(
    'li',
    { attrs: { 'data-side': side } },
    patentLink(member.patentId, t, props.openPatent),
    member.title && h('span', { attrs: { class: 'off-map-title' } }, ` ${member.title}`),
    h('span', { attrs: { class: 'muted' } }, ` · ${facts.join(' · ')}`),
  );
}

/** The members outside the drawn citation map, so they can be opened although they are not drawn. */
function offMapSection(props: FencePanelProps): HTMLElement | false {
  const { offMap, t, lang } = props;
  if (offMap.length === 0) return false;
  const { shown, more } = offMapList(props.fence, offMap);
  return h(
    'div',
    { attrs: { class: 'fence-off-map' } },
    h('h4', null, t('fence.offMapTitle', { count: formatInteger(offMap.length, lang) })),
    h('p', { attrs: { class: 'muted' } }, t('fence.offMap', { count: formatInteger(offMap.length, lang) })),
    h(
      'ol',
      { attrs: { class: 'off-map-list', 'data-testid': 'fence-off-map' } },
      ...shown.map((entry) => offMapItem(entry, props)),
    ),
    more > 0 &&
      h('p', { attrs: { class: 'muted' } }, t('fence.offMapMore', { count: formatInteger(more, lang) })),
  );
}

export function fencePanel(props: FencePanelProps): HTMLElement {
  const { fence, t, lang } = props;
  const { concentration } = fence;
  const mode = lang === 'zh' ? fence.layoutMode.label : `${fence.layoutMode.label} (${fence.layoutMode.en})`;
  return h(
    'section',
    { attrs: { class: 'fence-panel', 'data-testid': 'fence-panel' } },
    h('h3', null, t('fence.title')),
    h('p', { attrs: { class: 'fence-mode' } }, h('strong', null, mode)),
    h(
      'p',
      { attrs: { class: 'muted', 'data-code': fence.layoutMode.basis.code } },
      explain(fence.layoutMode.basis, lang),
    ),
    h(
      'p',
      null,
      t('fence.counts', {
        own: formatInteger(fence.own.patents, lang),
        hostile: formatInteger(fence.hostile.patents, lang),
        owners: formatInteger(concentration.owners, lang),
      }),
    ),
    h(
      'p',
      { attrs: { class: 'muted' } },
      t('fence.concentration', {
        hhi: Math.round(concentration.hhi * 100) / 100,
        top: concentration.topOwner?.name ?? '—',
        share: Math.round(concentration.topShare * 100),
      }),
    ),
    h('h4', null, t('fence.owners')),
    h(
      'ul',
      { attrs: { class: 'owner-legend' } },
      ...ownerLegend(fence).map((entry) => ownerItem(entry, t, lang)),
    ),
    offMapSection(props),
    h('h4', null, t('fence.expiry')),
    expiryList(fence, t, lang),
    fence.truncated && h('p', { attrs: { class: 'muted' } }, t('fence.truncated')),
    h(
      'details',
      { attrs: { class: 'method' } },
      h('summary', null, t('core.method')),
      h('p', null, explain(fence.method, lang)),
    ),
  );
}
