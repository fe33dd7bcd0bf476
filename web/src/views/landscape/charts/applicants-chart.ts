/**
 * Applicant ranking (申请人排名): families per applicant as bars coloured by tier (梯队), with the
 * market concentration the API computed (CR4, HHI) and its reading.
 */
import type { ApplicantsResponse } from '@graph-schema/dto/landscape-actors';
import { h } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { explain } from '@web/src/i18n/explain';
import { formatPercent } from '@web/src/views/navigation/format';
import { TIER_COLOURS } from './palette';
import { rankedBars } from './ranked-bars';

/** Applicants drawn at most; the ranking request asks for this many. */
export const APPLICANT_BARS = 15;

export function applicantsChart(data: ApplicantsResponse, t: Translate, lang: Lang): SVGSVGElement {
  const tierName = (tier: 1 | 2 | 3) => t('dashboard.applicants.tier', { tier });
  // Without tiers (collapse) every bar has the one colour: a tier colour would claim a split there is not.
  const colourOf = (tier: 1 | 2 | 3) => (data.tiers.collapse ? TIER_COLOURS[1] : TIER_COLOURS[tier]);
  const bars = data.ranking.slice(0, APPLICANT_BARS).map((row) => ({
    name: row.name,
    value: row.families,
    valueText: `${formatInteger(row.families, lang)} (${formatPercent(row.share, lang)})`,
    colour: colourOf(row.tier),
    detail: data.tiers.collapse ? undefined : tierName(row.tier),
  }));
  const legend = data.tiers.collapse
    ? []
    : ([1, 2, 3] as const).map((tier) => ({ text: tierName(tier), colour: TIER_COLOURS[tier] }));
  return rankedBars(bars, {
    kind: 'applicants',
    label: t('dashboard.applicants.label'),
    legend,
    nameWidth: 180,
  });
}

/** CR4 and HHI as one headline, then the API's reading of them and the rule. */
export function concentrationLines(data: ApplicantsResponse, t: Translate, lang: Lang): HTMLElement {
  const { concentration } = data;
  return h(
    'div',
    { attrs: { class: 'concentration' } },
    h(
      'p',
      { attrs: { class: 'chart-headline', 'data-testid': 'concentration' } },
      t('dashboard.applicants.concentration', {
        // The API gives CR4 in percent (0–100) and HHI on the 0–10,000 scale (server/analytics/concentration.ts).
        cr4: formatPercent(concentration.cr4 / 100, lang),
        hhi: formatInteger(concentration.hhi, lang),
        applicants: formatInteger(data.applicants, lang),
      }),
    ),
    h('p', { attrs: { class: 'muted' } }, explain(concentration.reading, lang)),
    h('p', { attrs: { class: 'muted' } }, explain(concentration.rule, lang)),
  );
}
