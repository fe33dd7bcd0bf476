/**
 * One dashboard tile: title, PNG/SVG export of the chart in its print frame (title, legend, caption
 * with scope and date basis — graph/chart-export.ts), the chart, the notes that make its numbers
 * readable, and a link to the API request that reproduces them (the evidence).
 */
import { h } from '@web/src/dom/h';
import { chartExportButtons } from '@web/src/graph/chart-export';
import type { ExplanationLike } from '@web/src/i18n/explain';
import { figureOf } from '@web/src/views/figure/frame';
import type { ViewContext } from '@web/src/views/types';

export interface ChartPanelParts {
  /** Stable id: the tile's `data-chart` and the exported file name (`landscape-<id>`). */
  id: string;
  title: string;
  chart: SVGSVGElement;
  /** The API's basis sentence of the answer: what is counted, by which date (goes into the caption). */
  basis: ExplanationLike;
  /** The request behind the numbers, opened in a new tab by the evidence link. */
  evidenceUrl: string;
  /** A legend element on screen, read into the exported frame (null when the chart draws its own). */
  legend?: Element | null;
  /** Controls above the chart (a level switch). */
  controls?: HTMLElement | null;
  /** Sentences under the chart: headline figures, notes, the rule. */
  notes?: (HTMLElement | null)[];
  wide?: boolean;
}

export function evidenceLink(context: ViewContext, url: string): HTMLAnchorElement {
  return h(
    'a',
    { attrs: { class: 'evidence-link', href: url, target: '_blank', rel: 'noopener' } },
    context.t('dashboard.evidence'),
  );
}

export function chartPanel(context: ViewContext, parts: ChartPanelParts): HTMLElement {
  const frame = figureOf(context, () => ({
    titleKey: 'view.landscape',
    subject: parts.title,
    basis: parts.basis,
    legend: parts.legend ?? null,
  }));
  const className = parts.wide ? 'panel chart-panel chart-panel-wide' : 'panel chart-panel';
  return h(
    'section',
    { attrs: { class: className, 'data-chart': parts.id } },
    h(
      'div',
      { attrs: { class: 'panel-head' } },
      h('h2', null, parts.title),
      chartExportButtons(context.t, parts.chart, `landscape-${parts.id}`, frame),
    ),
    parts.controls ?? null,
    h('div', { attrs: { class: 'chart-scroll' } }, parts.chart),
    ...(parts.notes ?? []),
    h('p', { attrs: { class: 'muted chart-evidence' } }, evidenceLink(context, parts.evidenceUrl)),
  );
}

/** A muted sentence under a chart (null when there is nothing to say). */
export function chartNote(text: string | null, testId?: string): HTMLElement | null {
  if (text === null || text === '') return null;
  return h('p', { attrs: { class: 'muted chart-note', 'data-testid': testId } }, text);
}
