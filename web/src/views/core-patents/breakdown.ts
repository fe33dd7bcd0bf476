/** The bar breakdown of one score: name, raw value, normalised value, weight, contribution. */
import type { CorePatentItem } from '@graph-schema/dto/core-patents';
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import { type ComponentBar, componentBars, rawText } from './breakdown-model';

const pct = (value: number): string => `${Math.round(value * 1000) / 10}%`;
const points = (value: number): string => String(Math.round(value * 100) / 100);

function bar(component: ComponentBar): HTMLElement {
  return h(
    'span',
    { attrs: { class: 'weight-track', style: `width:${component.trackPct}%`, 'aria-hidden': 'true' } },
    h('span', { attrs: { class: 'weight-fill', style: `width:${component.fillPct}%` } }),
  );
}

function componentRow(component: ComponentBar, t: Translate): HTMLTableRowElement {
  const flatTag =
    component.flat && h('span', { attrs: { class: 'flat-tag', 'data-testid': 'flat-tag' } }, t('core.flat'));
  return h(
    'tr',
    { attrs: { 'data-component': component.name, class: component.flat ? 'flat' : '' } },
    h('th', { attrs: { scope: 'row' } }, t(component.labelKey), flatTag),
    h(
      'td',
      { attrs: { class: 'num' } },
      rawText(component.raw, t('core.yes'), t('core.no')),
      component.source &&
        h('span', { attrs: { class: 'muted' } }, ` ${t(`core.source.${component.source}`)}`),
    ),
    h('td', { attrs: { class: 'num' } }, pct(component.normalised)),
    h('td', { attrs: { class: 'num' } }, pct(component.weight)),
    h('td', { attrs: { class: 'num' } }, points(component.contribution)),
    h('td', { attrs: { class: 'bar-cell' } }, bar(component)),
  );
}

export function scoreBreakdown(item: CorePatentItem, scale: number, t: Translate): HTMLElement {
  const bars = componentBars(item);
  const headers = [
    t('core.component'),
    t('core.raw'),
    t('core.normalised'),
    t('core.weight'),
    t('core.contribution'),
    '',
  ];
  return h(
    'div',
    { attrs: { class: 'score-breakdown', 'data-testid': 'score-breakdown' } },
    h('p', { attrs: { class: 'muted' } }, t('core.breakdownHint', { score: points(item.score), scale })),
    h(
      'table',
      { attrs: { class: 'breakdown-table' } },
      h('thead', null, h('tr', null, ...headers.map((text) => h('th', { attrs: { scope: 'col' } }, text)))),
      h('tbody', null, ...bars.map((component) => componentRow(component, t))),
    ),
    h(
      'p',
      { attrs: { class: 'muted' } },
      t('core.cohort', {
        cohort: item.cohort.name,
        size: item.cohort.size,
        mean: points(item.cohort.meanCitations),
      }),
    ),
  );
}
