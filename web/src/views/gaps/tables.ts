/** The ranked gap list and the geographic gaps (own office mix against the field's). */
import type { GapsResponse } from '@graph-schema/dto/gaps';
import { explain, explainAll } from '@web/src/i18n/explain';
import { bothNames } from '../navigation/bilingual';
import { dataTable } from '../navigation/table';
import type { ViewContext } from '../types';

export function gapList(gaps: GapsResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  return dataTable({
    title: t('nav.gaps.ranked', { count: gaps.gaps.length }),
    columns: [
      { label: t('landscape.rank'), kind: 'int' },
      { label: t('nav.priority') },
      { label: t('kind.branch') },
      { label: t('nav.reasons') },
    ],
    rows: gaps.gaps.map((gap, i) => [
      i + 1,
      t(`nav.priority.${gap.priority}`),
      bothNames(gap.name, gap.id),
      explainAll(gap.reasons, lang),
    ]),
    what: `gaps-${gaps.chain.id}`,
    t,
    lang,
    note: gaps.gaps.length === 0 ? t('nav.gaps.none') : undefined,
    testId: 'gap-list',
  });
}

/** Branches to act on, from the field and the competitor verdicts (the API's `recommendations`). */
export function recommendationList(gaps: GapsResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const recommendations = gaps.recommendations ?? [];
  return dataTable({
    title: t('nav.gaps.recommendations', { count: recommendations.length }),
    columns: [
      { label: t('landscape.rank'), kind: 'int' },
      { label: t('nav.priority') },
      { label: t('kind.branch') },
      { label: t('nav.verdict') },
      { label: t('nav.gaps.vsCompetitors') },
      { label: t('nav.reasons') },
    ],
    rows: recommendations.map((r, i) => [
      i + 1,
      t(`nav.priority.${r.priority}`),
      bothNames(r.name, r.id),
      t(`nav.verdict.${r.verdict}`),
      t(`nav.gaps.cv.${r.competitorVerdict}`),
      explainAll(r.reasons, lang),
    ]),
    what: `gap-recommendations-${gaps.chain.id}`,
    t,
    lang,
    note: recommendations.length === 0 ? t('nav.gaps.noRecommendations') : undefined,
    testId: 'gap-recommendations',
  });
}

export function geographyTable(gaps: GapsResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  return dataTable({
    title: t('nav.gaps.geography', { name: gaps.applicant.name }),
    columns: [
      { label: t('nav.gaps.office') },
      { label: t('nav.gaps.fieldFamilies'), kind: 'int' },
      { label: t('nav.gaps.fieldShare'), kind: 'percent' },
      { label: t('nav.gaps.ownFamilies'), kind: 'int' },
      { label: t('nav.gaps.ownShare'), kind: 'percent' },
      { label: t('nav.verdict') },
    ],
    rows: gaps.geography.map((office) => [
      office.office,
      office.fieldFamilies,
      office.fieldShare,
      office.ownFamilies,
      office.ownShare,
      office.reason ? `${t('nav.verdict.gap')}: ${explain(office.reason, lang)}` : '',
    ]),
    what: `geographic-gaps-${gaps.chain.id}`,
    t,
    lang,
    testId: 'geo-gaps',
  });
}
