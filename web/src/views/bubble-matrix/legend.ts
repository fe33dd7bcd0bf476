/**
 * The matrix legend: bubble area (with the largest and smallest cell), the colour ramp of the chosen
 * measure with its definition (growth windows and date basis stated), and the "no value" swatch.
 */
import type { BubbleMatrixResponse } from '@graph-schema/dto/bubble-matrix';
import { h, svg } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { colorRamp, missingSwatch } from '../navigation/color-legend';
import { bubbleRadius } from './model';
import type { ColorMode } from './params';

function sizeMarks(maxFamilies: number): SVGSVGElement {
  const large = bubbleRadius(maxFamilies, maxFamilies);
  const small = bubbleRadius(Math.max(1, maxFamilies / 4), maxFamilies);
  const height = 2 * large + 2;
  return svg(
    'svg',
    { width: 2 * (large + small) + 8, height, 'aria-hidden': 'true' },
    svg('circle', { cx: small + 1, cy: height / 2, r: small, fill: '#9aa5b1' }),
    svg('circle', { cx: 2 * small + 6 + large, cy: height / 2, r: large, fill: '#9aa5b1' }),
  );
}

function colorCaption(matrix: BubbleMatrixResponse, mode: ColorMode, basis: string, t: Translate): string {
  if (mode === 'rta' || matrix.window === null) return t('bubble.legendRta');
  return t('bubble.legendGrowth', { ...matrix.window, basis });
}

export function bubbleLegend(
  matrix: BubbleMatrixResponse,
  mode: ColorMode,
  t: Translate,
  lang: Lang,
): HTMLElement {
  const basis = t(`basis.${matrix.dateBasis}`);
  const counts = matrix.cells.map((cell) => cell.families);
  const maxFamilies = Math.max(1, ...counts);
  const ramp =
    mode === 'growth'
      ? colorRamp(
          'diverging',
          { low: t('bubble.growthLow'), mid: '0', high: t('bubble.growthHigh') },
          colorCaption(matrix, mode, basis, t),
        )
      : colorRamp(
          'diverging',
          { low: t('bubble.rtaLow'), mid: '1', high: t('bubble.rtaHigh') },
          colorCaption(matrix, mode, basis, t),
        );
  return h(
    'div',
    { attrs: { class: 'legend bubble-legend', 'aria-label': t('legend.title') } },
    h(
      'p',
      { attrs: { class: 'legend-scale' } },
      sizeMarks(maxFamilies),
      h('span', null, t('bubble.legendSize', { basis })),
      h(
        'span',
        { attrs: { class: 'muted' } },
        ` ${formatInteger(Math.min(...counts), lang)} – ${formatInteger(maxFamilies, lang)}`,
      ),
    ),
    ramp,
    mode === 'growth'
      ? h('ul', { attrs: { class: 'legend-kinds' } }, missingSwatch(t('bubble.noValue')))
      : null,
  );
}
