/**
 * Geography (地域布局): an origin → office flow matrix (rows: where the family's first filing was
 * made; columns: offices it was filed at; cell: families), with each origin's PCT share at the right.
 * A matrix rather than a Sankey: every flow reads as a number and nothing crosses.
 */
import type { GeographyResponse } from '@graph-schema/dto/landscape-trends';
import { svg } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { formatPercent } from '@web/src/views/navigation/format';
import { cellInk, cellShade } from './palette';
import { chartRoot, label } from './svg-parts';

/** Origins and offices shown at most, the largest first; the whole list is in the API answer. */
export const GEOGRAPHY_TOP = 10;

const CELL = { width: 44, height: 26 };
const LEFT = 70;
const TOP = 44;
const PCT_WIDTH = 70;

/** Codes by families, largest first, ties by code (stable order for the same data). */
function topCodes<T>(entries: T[], code: (entry: T) => string, families: (entry: T) => number): string[] {
  return [...entries]
    .sort((a, b) => families(b) - families(a) || code(a).localeCompare(code(b)))
    .slice(0, GEOGRAPHY_TOP)
    .map(code);
}

export function geographyLayout(data: GeographyResponse): { origins: string[]; offices: string[] } {
  return {
    origins: topCodes(
      data.origins,
      (o) => o.origin,
      (o) => o.families,
    ),
    offices: topCodes(
      data.offices,
      (o) => o.office,
      (o) => o.families,
    ),
  };
}

function cell(x: number, y: number, families: number, max: number, tip: string, lang: Lang): SVGGElement {
  return svg(
    'g',
    { class: 'flow-cell', 'data-families': families },
    svg(
      'rect',
      {
        x,
        y,
        width: CELL.width - 2,
        height: CELL.height - 2,
        fill: cellShade(families, max),
        stroke: '#ffffff',
      },
      svg('title', {}, tip),
    ),
    families > 0 &&
      label(x + CELL.width / 2 - 1, y + CELL.height / 2, formatInteger(families, lang), {
        'text-anchor': 'middle',
        // Inline style: the page's CSS text colour would override a fill attribute.
        style: `fill: ${cellInk(families, max)}`,
      }),
  );
}

export function geographyChart(data: GeographyResponse, t: Translate, lang: Lang): SVGSVGElement {
  const { origins, offices } = geographyLayout(data);
  const flows = new Map(data.flows.map((flow) => [`${flow.origin}→${flow.office}`, flow.families]));
  const pct = new Map(data.pct.byOrigin.map((row) => [row.origin, row]));
  const max = Math.max(0, ...data.flows.map((flow) => flow.families));
  const gridRight = LEFT + offices.length * CELL.width;
  const header = svg(
    'g',
    { class: 'axis' },
    label(LEFT - 8, TOP - 30, t('dashboard.geography.origin'), { 'text-anchor': 'end' }),
    label(LEFT, TOP - 30, t('dashboard.geography.office')),
    ...offices.map((office, j) =>
      label(LEFT + j * CELL.width + CELL.width / 2 - 1, TOP - 10, office, { 'text-anchor': 'middle' }),
    ),
    label(gridRight + 10, TOP - 10, t('dashboard.geography.pctColumn')),
  );
  const rows = origins.map((origin, i) => {
    const y = TOP + i * CELL.height;
    const share = pct.get(origin);
    return svg(
      'g',
      { class: 'flow-row', 'data-origin': origin },
      label(LEFT - 8, y + CELL.height / 2, origin, { 'text-anchor': 'end' }),
      ...offices.map((office, j) => {
        const families = flows.get(`${origin}→${office}`) ?? 0;
        const tip = t('dashboard.geography.cell', {
          origin,
          office,
          families: formatInteger(families, lang),
        });
        return cell(LEFT + j * CELL.width, y, families, max, tip, lang);
      }),
      label(gridRight + 10, y + CELL.height / 2, share ? formatPercent(share.share, lang) : '—', {
        class: 'pct-share',
      }),
    );
  });
  const size = {
    width: Math.max(560, gridRight + PCT_WIDTH + 20),
    height: TOP + origins.length * CELL.height + 12,
  };
  return chartRoot('geography', size, t('dashboard.geography.label'), header, ...rows);
}
