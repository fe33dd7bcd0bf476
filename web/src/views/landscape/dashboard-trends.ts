/** The trends and lifecycle tiles: both drawn from one GET /api/landscape/trends answer. */
import type { TrendsResponse } from '@graph-schema/dto/landscape-trends';
import { trendsUrl } from '@web/src/api/landscape';
import { h } from '@web/src/dom/h';
import { explain } from '@web/src/i18n/explain';
import type { ViewContext } from '../types';
import { chartNote, chartPanel } from './charts/chart-panel';
import { lifecycleChart } from './charts/lifecycle-chart';
import { trendsChart } from './charts/trends-chart';

export function trendsTile(data: TrendsResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const incomplete = data.notes.find((note) => note.code === 'note.incompleteYears');
  const others = data.notes.filter((note) => note !== incomplete);
  return chartPanel(context, {
    id: 'trends',
    title: t('dashboard.trends.title', { basis: t(`basis.${data.dateBasis}`) }),
    chart: trendsChart(data, t, lang),
    basis: data.basis,
    evidenceUrl: trendsUrl(context.filters),
    wide: true,
    notes: [
      incomplete
        ? chartNote(
            `${t('dashboard.trends.incompleteWhy')} ${explain(incomplete, lang)}`,
            'trends-incomplete-note',
          )
        : null,
      ...others.map((note) => chartNote(explain(note, lang))),
    ],
  });
}

function lifecycleNotes(data: TrendsResponse, context: ViewContext): (HTMLElement | null)[] {
  const { t, lang } = context;
  const { lifecycle } = data;
  if (lifecycle === null) return [chartNote(t('dashboard.lifecycle.none'), 'lifecycle-stage')];
  const [from, to] = lifecycle.yearsUsed;
  return [
    h(
      'p',
      { attrs: { class: 'chart-headline', 'data-testid': 'lifecycle-stage', 'data-stage': lifecycle.stage } },
      t('dashboard.lifecycle.stage', { stage: t(`dashboard.stage.${lifecycle.stage}`) }),
    ),
    chartNote(`${t('dashboard.lifecycle.evidence', { from, to })} ${explain(lifecycle.reason, lang)}`),
    chartNote(`${t('dashboard.lifecycle.measure')} ${explain(lifecycle.measure, lang)}`),
    chartNote(explain(lifecycle.rule, lang)),
  ];
}

export function lifecycleTile(data: TrendsResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  return chartPanel(context, {
    id: 'lifecycle',
    title: t('dashboard.lifecycle.title', { basis: t(`basis.${data.dateBasis}`) }),
    chart: lifecycleChart(data, t, lang),
    basis: data.basis,
    evidenceUrl: trendsUrl(context.filters),
    notes: lifecycleNotes(data, context),
  });
}
