/**
 * The details panel for a clicked branch: its numbers, why it is a weak link, its trend (families per
 * year of that branch), its top applicants and its patents.
 */
import type { ChainPanoramaResponse, PanoramaBranch } from '@graph-schema/dto/chains';
import { fetchBranchTrend } from '@web/src/api/navigation';
import { h } from '@web/src/dom/h';
import { titledFamilyList } from '@web/src/graph/family-list';
import { explain } from '@web/src/i18n/explain';
import { loadInto } from '../load';
import { bothNames } from '../navigation/bilingual';
import { formatGrowth, formatInteger, formatPercent, formatRatio } from '../navigation/format';
import type { ViewContext } from '../types';
import { branchPatentList } from './branch-patents';
import { miniTrend } from './mini-trend';

function row(term: string, value: string): HTMLElement[] {
  return [h('dt', null, term), h('dd', null, value)];
}

function facts(branch: PanoramaBranch, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const signals = branch.signals;
  return h(
    'dl',
    null,
    ...row(t('details.families'), formatInteger(branch.families, lang)),
    ...row(t('nav.shareOfChain'), formatPercent(branch.shareOfChain, lang)),
    ...row(t('nav.growth'), formatGrowth(branch.threeYearGrowth, lang)),
    ...(signals ? row(t('nav.signals'), signalText(signals, context)) : []),
    ...(branch.applicant
      ? [
          ...row(t('nav.applicantFamilies'), formatInteger(branch.applicant.families, lang)),
          ...row(t('nav.applicantShare'), formatPercent(branch.applicant.shareOfBranch, lang)),
          ...row(t('nav.rta'), formatRatio(branch.applicant.rta, lang)),
        ]
      : []),
  );
}

function signalText(signals: NonNullable<PanoramaBranch['signals']>, context: ViewContext): string {
  const flags = [signals.hot && context.t('nav.hot'), signals.blank && context.t('nav.blank')].filter(
    Boolean,
  );
  return flags.length > 0 ? flags.join(', ') : '—';
}

function weakLinkReasons(branch: PanoramaBranch, context: ViewContext): HTMLElement | false {
  if (!branch.weakLink) return false;
  return h(
    'div',
    { attrs: { class: 'weak-link-reasons', 'data-testid': 'weak-link-reasons' } },
    h('h3', null, context.t('nav.weakLinkWhy')),
    h(
      'ul',
      null,
      ...branch.weakLinkReasons.map((reason) =>
        h('li', { attrs: { 'data-code': reason.code } }, explain(reason, context.lang)),
      ),
    ),
  );
}

function topApplicants(branch: PanoramaBranch, context: ViewContext): HTMLElement | false {
  if (branch.topApplicants.length === 0) return false;
  const rows = branch.topApplicants.map((a) => ({ label: a.name, families: a.families }));
  return h(
    'div',
    null,
    ...titledFamilyList(context.t('details.topApplicants'), rows, context.t, context.lang),
  );
}

function trend(branch: PanoramaBranch, context: ViewContext): HTMLElement {
  const host = h('div', { attrs: { class: 'branch-trend' } });
  loadInto(host, context.t, context.signal, {
    load: (signal) => fetchBranchTrend(branch.id, context.filters, signal),
    isEmpty: (data) => data.years.length === 0,
    render: (data) => {
      const firstIncomplete = data.years.find((year) => year.incomplete)?.year;
      host.replaceChildren(miniTrend(data.years, context.t('nav.trendLabel'), context.lang, firstIncomplete));
    },
  });
  return host;
}

export function branchDrilldown(
  panorama: ChainPanoramaResponse,
  branch: PanoramaBranch,
  context: ViewContext,
): HTMLElement {
  const { t } = context;
  return h(
    'div',
    { attrs: { class: 'node-details branch-drilldown', 'data-branch-id': branch.id } },
    h('p', { attrs: { class: 'muted' } }, bothNames(branch.name, branch.localId)),
    facts(branch, context),
    weakLinkReasons(branch, context),
    h('h3', null, t('nav.trend')),
    trend(branch, context),
    topApplicants(branch, context),
    h('h3', null, t('nav.patents.title')),
    branchPatentList(panorama.chain.id, branch.id, context),
  );
}
