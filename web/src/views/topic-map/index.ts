/**
 * Topic landscape map (技术主题地图, issue 13): the families of the scope placed by the similarity of
 * their text, density contours, peaks labelled by their top terms. A click on a peak lists its
 * families in the details panel; an applicant picked in the type-ahead is overlaid as red dots.
 * Data: GET /api/maps/topic (computed in the background: the view shows the progress and polls).
 */
import type { TopicMapReady } from '@graph-schema/dto/topic-map';
import { h } from '@web/src/dom/h';
import { chartExportButtons } from '@web/src/graph/chart-export';
import { formatInteger } from '@web/src/i18n';
import { applicantTypeahead } from '@web/src/widgets/applicant-typeahead';
import { figureOf } from '../figure/frame';
import { latestOnly, loadInto } from '../load';
import type { ViewContext, ViewInstance } from '../types';
import { fetchTopicMap } from './api';
import { topicChart } from './chart';
import { showPeak } from './peak-details';
import './topic-map.css';

const VIEW_ID = 'topic-map';

function captions(map: TopicMapReady, context: ViewContext): { legend: HTMLElement; summary: HTMLElement } {
  const { t, lang } = context;
  const n = (value: number) => formatInteger(value, lang);
  const legend = h(
    'p',
    { attrs: { class: 'topic-legend measure' } },
    t('topic.legend', { shown: n(map.dots.length), total: n(map.clustered) }),
  );
  const p = map.parameters;
  const summary = h(
    'div',
    { attrs: { class: 'captions' } },
    h(
      'p',
      { attrs: { class: 'measure' } },
      t('topic.summary', {
        families: n(map.families),
        clustered: n(map.clustered),
        clusters: n(p.clusters),
        peaks: n(map.peaks.length),
        unclustered: n(map.unclustered),
      }),
    ),
    h(
      'p',
      { attrs: { class: 'muted' } },
      t('topic.method', {
        vocabulary: n(map.vocabularySize),
        clusters: n(p.clusters),
        seed: p.seed,
        iterations: p.iterations,
        grid: p.gridSize,
      }),
    ),
  );
  return { legend, summary };
}

function overlayControls(map: TopicMapReady, context: ViewContext, reload: () => void): HTMLElement {
  const { t, lang } = context;
  const picker = applicantTypeahead({
    t,
    lang,
    label: t('topic.overlay'),
    name: 'topic-applicant',
    exclude: () => (map.overlay ? [map.overlay.applicant] : []),
    onPick: (applicant) => {
      context.setViewParams({ applicant: applicant.key });
      reload();
    },
  });
  if (!map.overlay) return h('div', { attrs: { class: 'topic-overlay-picker' } }, picker);
  const clear = h(
    'button',
    {
      attrs: { type: 'button', class: 'topic-overlay-clear' },
      on: {
        click: () => {
          context.setViewParams({ applicant: undefined });
          reload();
        },
      },
    },
    t('topic.overlayClear'),
  );
  const count = h(
    'span',
    { attrs: { class: 'topic-overlay-count' } },
    t('topic.overlayCount', {
      name: map.overlay.name ?? map.overlay.applicant,
      families: formatInteger(map.overlay.families, lang),
    }),
  );
  return h('div', { attrs: { class: 'topic-overlay-picker' } }, picker, count, clear);
}

function render(
  host: HTMLElement,
  map: TopicMapReady,
  context: ViewContext,
  reload: () => void,
  peakSignal: () => AbortSignal,
) {
  const chart = topicChart({
    map,
    t: context.t,
    lang: context.lang,
    onPeak: (peak) => {
      for (const selected of chart.querySelectorAll('.topic-peak-selected'))
        selected.classList.remove('topic-peak-selected');
      chart.querySelector(`[data-peak="${peak}"]`)?.classList.add('topic-peak-selected');
      showPeak(map, peak, context, peakSignal());
    },
  });
  const { legend, summary } = captions(map, context);
  const frame = figureOf(context, () => ({ titleKey: 'view.topic-map', legend }));
  const toolbar = h(
    'div',
    { attrs: { class: 'toolbar topic-toolbar' } },
    overlayControls(map, context, reload),
    chartExportButtons(context.t, chart, VIEW_ID, frame),
  );
  host.replaceChildren(toolbar, chart, legend, summary);
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const host = h('div', { attrs: { class: 'map-view topic-view' } });
  container.replaceChildren(host);
  const nextSignal = latestOnly(context.signal);
  const nextPeakSignal = latestOnly(context.signal);
  const load = (): void => {
    context.details.clear();
    const applicant = context.viewParams().applicant;
    loadInto(host, context.t, nextSignal(), {
      load: (signal) =>
        fetchTopicMap(context.filters, applicant, signal, (elapsedS) => {
          host.replaceChildren(
            // Still loading (the shared loading class): the map is on its way, with the time so far.
            h(
              'div',
              { attrs: { class: 'status status-loading', role: 'status', 'aria-live': 'polite' } },
              context.t('topic.computing', { seconds: Math.round(elapsedS) }),
            ),
          );
        }),
      isEmpty: (map) => map.clustered === 0,
      render: (map) => render(host, map, context, load, nextPeakSignal),
    });
  };
  load();
  return { destroy: () => context.details.clear() };
}
