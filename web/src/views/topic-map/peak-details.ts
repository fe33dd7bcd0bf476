/**
 * The details panel of a clicked peak: its counts and the weighted terms that label it, then its
 * families (GET /api/maps/topic/peak), most typical of the topic first, 50 at a time; each opens
 * the patent drawer.
 */
import type { TopicMapReady, TopicPeak, TopicPeakResponse } from '@graph-schema/dto/topic-map';
import { h } from '@web/src/dom/h';
import { formatInteger, type Lang, localeOf, type Translate } from '@web/src/i18n';
import { patentLink } from '@web/src/patent/patent-link';
import type { ViewContext } from '../types';
import { fetchTopicPeak } from './api';
import { peakLabel } from './terms';

const decimal = (value: number, lang: Lang) =>
  new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 3 }).format(value);

function statList(map: TopicMapReady, peak: TopicPeak, t: Translate, lang: Lang): HTMLElement {
  const cluster = map.clusters.find((candidate) => candidate.id === peak.cluster);
  const entries: [string, string][] = [
    [t('topic.peak.families'), formatInteger(peak.families, lang)],
    [t('topic.peak.height'), decimal(peak.height, lang)],
    [t('topic.peak.cluster'), `#${peak.cluster + 1} (${formatInteger(cluster?.size ?? 0, lang)})`],
  ];
  return h('dl', null, ...entries.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
}

function termList(map: TopicMapReady, peak: TopicPeak, t: Translate, lang: Lang): HTMLElement {
  const cluster = map.clusters.find((candidate) => candidate.id === peak.cluster);
  const items = (cluster?.terms ?? peak.terms).map((entry) =>
    h('li', null, h('span', { attrs: { translate: 'no' } }, entry.term), ` ${decimal(entry.weight, lang)}`),
  );
  return h(
    'div',
    null,
    h('h3', null, t('topic.peak.terms')),
    h('ol', { attrs: { class: 'topic-terms' } }, ...items),
  );
}

function familyItem(family: TopicPeakResponse['families'][number], context: ViewContext): HTMLElement {
  const { t, lang } = context;
  return h(
    'li',
    { attrs: { 'data-family': family.familyId } },
    patentLink(family.publicationNumber, t, context.openPatent),
    h('span', { attrs: { class: 'muted' } }, ` ${family.year ?? '—'} `),
    h('span', { attrs: { translate: 'no' } }, family.title ?? ''),
    family.applicant
      ? h('span', { attrs: { class: 'muted', translate: 'no' } }, ` · ${family.applicant}`)
      : null,
    h(
      'span',
      { attrs: { class: 'muted' } },
      ` · ${t('topic.peak.similarity', { value: decimal(family.similarity, lang) })}`,
    ),
  );
}

/** Appends a page of families, then a "show more" button while the peak has more. */
function loadPage(
  list: HTMLElement,
  footer: HTMLElement,
  peak: TopicPeak,
  offset: number,
  context: ViewContext,
  signal: AbortSignal,
) {
  const { t, lang } = context;
  fetchTopicPeak(context.filters, peak.id, offset, signal).then(
    (page) => {
      list.append(...page.families.map((family) => familyItem(family, context)));
      const shown = offset + page.families.length;
      const rest = page.total - shown;
      const more =
        rest > 0
          ? h(
              'button',
              {
                attrs: { type: 'button', class: 'topic-more' },
                on: { click: () => loadPage(list, footer, peak, shown, context, signal) },
              },
              t('topic.peak.more', { count: formatInteger(Math.min(rest, page.limit), lang) }),
            )
          : null;
      footer.replaceChildren(
        h(
          'p',
          { attrs: { class: 'muted' } },
          t('topic.peak.shown', {
            shown: formatInteger(shown, lang),
            total: formatInteger(page.total, lang),
          }),
        ),
        more ?? '',
      );
    },
    () => {
      if (!signal.aborted) footer.replaceChildren(h('p', { attrs: { class: 'muted' } }, t('topic.failed')));
    },
  );
}

export function showPeak(
  map: TopicMapReady,
  peakId: number,
  context: ViewContext,
  signal: AbortSignal,
): void {
  const peak = map.peaks.find((candidate) => candidate.id === peakId);
  if (!peak) return;
  const { t, lang } = context;
  const list = h('ol', { attrs: { class: 'neighbours topic-peak-families' } });
  const footer = h('div');
  const body = h(
    'div',
    { attrs: { 'data-testid': 'topic-peak-details', 'data-peak': peak.id } },
    statList(map, peak, t, lang),
    termList(map, peak, t, lang),
    h('h3', null, t('topic.peak.list')),
    list,
    footer,
  );
  context.details.show(t('topic.peakTitle', { terms: peakLabel(map, peak, lang) }), body);
  loadPage(list, footer, peak, 0, context, signal);
}
