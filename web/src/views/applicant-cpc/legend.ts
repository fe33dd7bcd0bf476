/** Explains node kinds, what node size counts (with the date basis) and what link width counts. */
import type { MapData, MapNodeKind } from '@graph-schema/dto/map';
import { h, svg } from '@web/src/dom/h';
import { KIND_STYLES } from '@web/src/graph/kind-style';
import { EDGE_WIDTH, NODE_SIZE } from '@web/src/graph/to-elements';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';

function kindSwatch(kind: MapNodeKind): SVGSVGElement {
  const { color, shape } = KIND_STYLES[kind];
  const mark =
    shape === 'ellipse'
      ? svg('circle', { cx: 8, cy: 8, r: 7, fill: color })
      : svg('rect', {
          x: 1,
          y: 2,
          width: 14,
          height: 12,
          rx: shape === 'round-rectangle' ? 3 : 0,
          fill: color,
        });
  return svg('svg', { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true' }, mark);
}

function sizeScale(): SVGSVGElement {
  const small = NODE_SIZE.min / 2;
  const large = NODE_SIZE.max / 4;
  return svg(
    'svg',
    { width: 70, height: 2 * large + 2, 'aria-hidden': 'true' },
    svg('circle', { cx: small + 1, cy: large + 1, r: small, fill: '#9aa5b1' }),
    svg('circle', { cx: 68 - large, cy: large + 1, r: large, fill: '#9aa5b1' }),
  );
}

function widthScale(): SVGSVGElement {
  return svg(
    'svg',
    { width: 70, height: 16, 'aria-hidden': 'true' },
    svg('line', { x1: 2, y1: 4, x2: 68, y2: 4, stroke: '#8795a1', 'stroke-width': EDGE_WIDTH.min }),
    svg('line', { x1: 2, y1: 12, x2: 68, y2: 12, stroke: '#8795a1', 'stroke-width': EDGE_WIDTH.max / 2 }),
  );
}

function range(values: number[], lang: Lang): string {
  if (values.length === 0) return '';
  return `${formatInteger(Math.min(...values), lang)} – ${formatInteger(Math.max(...values), lang)}`;
}

export function createLegend(map: MapData, basisName: string, t: Translate, lang: Lang): HTMLElement {
  const kinds = [...new Set(map.nodes.map((node) => node.kind))];
  return h(
    'div',
    { attrs: { class: 'legend', 'aria-label': t('legend.title') } },
    h('h3', null, t('legend.title')),
    h(
      'ul',
      { attrs: { class: 'legend-kinds' } },
      ...kinds.map((kind) => h('li', null, kindSwatch(kind), t(`kind.${kind}`))),
    ),
    h(
      'p',
      { attrs: { class: 'legend-scale' } },
      sizeScale(),
      h('span', null, t('legend.size', { basis: basisName })),
    ),
    h(
      'p',
      { attrs: { class: 'legend-range muted' } },
      range(
        map.nodes.map((n) => n.weight),
        lang,
      ),
    ),
    h('p', { attrs: { class: 'legend-scale' } }, widthScale(), h('span', null, t('legend.edge'))),
    h(
      'p',
      { attrs: { class: 'legend-range muted' } },
      range(
        map.edges.map((e) => e.weight),
        lang,
      ),
    ),
  );
}
