/** What colour, size, outline and edge width mean on the route map (fence owners are listed in the details). */
import { h, svg } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import { OTHER_HOSTILE_COLOR, OWN_FENCE_COLOR } from './fence-model';
import { ROUTE_COLORS } from './route-elements';

function swatch(fill: string, stroke = '#ffffff', strokeWidth = 1): SVGSVGElement {
  return svg(
    'svg',
    { width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': 'true' },
    svg('circle', { cx: 9, cy: 9, r: 7, fill, stroke, 'stroke-width': strokeWidth }),
  );
}

function line(color: string, width: number): SVGSVGElement {
  return svg(
    'svg',
    { width: 36, height: 12, 'aria-hidden': 'true' },
    svg('line', { x1: 2, y1: 6, x2: 34, y2: 6, stroke: color, 'stroke-width': width }),
  );
}

export function routeLegend(t: Translate): HTMLElement {
  const item = (mark: SVGSVGElement, text: string) => h('li', null, mark, text);
  return h(
    'div',
    { attrs: { class: 'legend', 'aria-label': t('legend.title') } },
    h('h3', null, t('legend.title')),
    h(
      'ul',
      { attrs: { class: 'legend-kinds' } },
      item(swatch(ROUTE_COLORS.high), t('route.legend.core')),
      item(swatch(ROUTE_COLORS.low), t('route.legend.other')),
      item(swatch(ROUTE_COLORS.low, ROUTE_COLORS.path, 3), t('route.legend.pathNode')),
      item(line(ROUTE_COLORS.path, 5), t('route.legend.pathEdge')),
      item(line(ROUTE_COLORS.citation, 1), t('route.legend.citation')),
      item(swatch(OWN_FENCE_COLOR), t('route.legend.ownFence')),
      item(swatch(OTHER_HOSTILE_COLOR), t('route.legend.hostileFence')),
    ),
    h('p', { attrs: { class: 'muted' } }, t('route.legend.size')),
    h('p', { attrs: { class: 'muted' } }, t('route.legend.x')),
  );
}
