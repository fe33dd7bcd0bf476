/** The legend (sector colours, what size and width count) and the scope's collaboration summary. */
import { type CoApplicantSummary, PARTY_SECTORS, type PartySector } from '@graph-schema/dto/collaboration';
import { h, svg } from '@web/src/dom/h';
import type { NodeShape } from '@web/src/graph/kind-style';
import type { Lang, Translate } from '@web/src/i18n';
import { explain } from '@web/src/i18n/explain';
import { formatInteger, formatPercent } from '../navigation/format';
import { SECTOR_STYLES } from './sectors';

/** Outline points of each sector's node shape in a 16 × 16 box (circles are drawn as circles). */
const SHAPE_POINTS: Partial<Record<NodeShape, string>> = {
  diamond: '8,1 15,8 8,15 1,8',
  hexagon: '4,2 12,2 15,8 12,14 4,14 1,8',
  'round-triangle': '8,2 15,14 1,14',
  'round-rectangle': '2,3 14,3 14,13 2,13',
};

/** The sector's colour in its node shape, so the legend matches the map also in greyscale. */
function swatch(sector: PartySector): SVGSVGElement {
  const { color, shape } = SECTOR_STYLES[sector];
  const points = SHAPE_POINTS[shape];
  return svg(
    'svg',
    { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true' },
    points ? svg('polygon', { points, fill: color }) : svg('circle', { cx: 8, cy: 8, r: 7, fill: color }),
  );
}

export function collaborationLegend(t: Translate, basisName: string): HTMLElement {
  return h(
    'div',
    { attrs: { class: 'legend', 'aria-label': t('legend.title') } },
    h('h3', null, t('legend.title')),
    h(
      'ul',
      { attrs: { class: 'legend-kinds' } },
      ...PARTY_SECTORS.map((sector) => h('li', null, swatch(sector), t(`sector.${sector}`))),
    ),
    h('p', null, t('collab.legendSize', { basis: basisName })),
    h('p', null, t('collab.legendEdge')),
  );
}

export function collaborationSummary(summary: CoApplicantSummary, t: Translate, lang: Lang): HTMLElement {
  const pairName = (sectors: readonly PartySector[]) => sectors.map((s) => t(`sector.${s}`)).join(' – ');
  return h(
    'section',
    { attrs: { class: 'collab-summary', 'data-testid': 'collab-summary' } },
    h('h3', null, t('collab.summaryTitle')),
    h(
      'p',
      null,
      t('collab.share', {
        coFiled: formatInteger(summary.coFiledFamilies, lang),
        families: formatInteger(summary.families, lang),
        share: formatPercent(summary.coFiledShare, lang),
      }),
      ' · ',
      t('collab.actors', {
        applicants: formatInteger(summary.collaboratingApplicants, lang),
        pairs: formatInteger(summary.pairs, lang),
      }),
    ),
    h('h4', null, t('collab.sectorPairs')),
    summary.sectorPairs.length === 0
      ? h('p', { attrs: { class: 'muted' } }, t('collab.none'))
      : h(
          'table',
          {
            attrs: {
              class: 'breakdown-table',
              'data-testid': 'sector-pairs',
              'aria-label': t('collab.sectorPairs'),
            },
          },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', null, t('collab.pair')),
              h('th', { attrs: { class: 'num' } }, t('collab.families')),
            ),
          ),
          h(
            'tbody',
            null,
            ...summary.sectorPairs.map((row) =>
              h(
                'tr',
                null,
                h('td', null, pairName(row.sectors)),
                h('td', { attrs: { class: 'num' } }, formatInteger(row.families, lang)),
              ),
            ),
          ),
        ),
    h('p', { attrs: { class: 'muted' } }, explain(summary.basis, lang)),
  );
}
