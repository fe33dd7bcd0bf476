/**
 * Applicant tiers (梯队) under the applicant ranking: how many applicants each tier holds, the rule,
 * and — when a tier would be empty — the API's collapse note instead of misleading tiers.
 */
import type { ApplicantsResponse } from '@graph-schema/dto/landscape-actors';
import { h } from '@web/src/dom/h';
import { formatInteger } from '@web/src/i18n';
import { explain } from '@web/src/i18n/explain';
import type { ViewContext } from '../types';

export function tierLines(data: ApplicantsResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const { tiers } = data;
  const counts = t('landscape.tierCounts', {
    tier1: formatInteger(tiers.counts.tier1, lang),
    tier2: formatInteger(tiers.counts.tier2, lang),
    tier3: formatInteger(tiers.counts.tier3, lang),
  });
  return h(
    'div',
    { attrs: { class: 'tier-lines', 'data-testid': 'applicant-tiers' } },
    h('h3', null, t('landscape.tiers')),
    tiers.collapse
      ? h(
          'p',
          { attrs: { class: 'collapse-note', 'data-testid': 'tiers-collapse' } },
          explain(tiers.collapse, lang),
        )
      : h('p', { attrs: { 'data-testid': 'tier-counts' } }, counts),
    h('p', { attrs: { class: 'muted' } }, explain(tiers.rule, lang)),
  );
}
