/** The details panel for one branch of the gap analysis: verdict, reasons, importance and every party's position. */
import type { BranchGap, GapsResponse, ParentBranchGap } from '@graph-schema/dto/gaps';
import { h } from '@web/src/dom/h';
import { explain } from '@web/src/i18n/explain';
import { bothNames } from '../navigation/bilingual';
import { formatGrowth, formatInteger, formatPercent, formatRatio } from '../navigation/format';
import type { ViewContext } from '../types';

function row(term: string, value: string): HTMLElement[] {
  return [h('dt', null, term), h('dd', null, value)];
}

function importance(branch: BranchGap, context: ViewContext): string {
  const { t } = context;
  const flags = [
    branch.importance.large && t('nav.gaps.large'),
    branch.importance.fastGrowing && t('nav.gaps.fastGrowing'),
    branch.importance.hot && t('nav.hot'),
  ].filter(Boolean);
  return flags.length > 0 ? flags.join(', ') : '—';
}

function positions(
  gaps: GapsResponse,
  branch: Pick<BranchGap, 'own' | 'competitors'>,
  context: ViewContext,
): HTMLElement {
  const { t, lang } = context;
  const names = new Map([
    [gaps.applicant.key, gaps.applicant.name],
    ...gaps.competitors.map((c) => [c.key, c.name] as const),
  ]);
  return h(
    'table',
    { attrs: { class: 'ranked compact' } },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', null, t('nav.applicant')),
        h('th', { attrs: { class: 'num' } }, t('details.families')),
        h('th', { attrs: { class: 'num' } }, t('nav.metric.share')),
        h('th', { attrs: { class: 'num' } }, t('nav.rta')),
      ),
    ),
    h(
      'tbody',
      null,
      ...[branch.own, ...branch.competitors].map((p) =>
        h(
          'tr',
          null,
          h('td', null, names.get(p.key) ?? p.key),
          h('td', { attrs: { class: 'num' } }, formatInteger(p.families, lang)),
          h('td', { attrs: { class: 'num' } }, formatPercent(p.shareOfBranch, lang)),
          h('td', { attrs: { class: 'num' } }, formatRatio(p.rta, lang)),
        ),
      ),
    ),
  );
}

export function branchGapDetails(gaps: GapsResponse, branch: BranchGap, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const verdict = t(`nav.verdict.${branch.verdict}`);
  return h(
    'div',
    { attrs: { class: 'node-details gap-details', 'data-branch-id': branch.id } },
    h('p', { attrs: { class: 'muted' } }, bothNames(branch.name, branch.id)),
    h(
      'dl',
      null,
      ...row(
        t('nav.verdict'),
        branch.priority ? `${verdict} · ${t(`nav.priority.${branch.priority}`)}` : verdict,
      ),
      ...row(t('nav.gaps.fieldFamilies'), formatInteger(branch.fieldFamilies, lang)),
      ...row(t('nav.growth'), formatGrowth(branch.threeYearGrowth, lang)),
      ...row(t('nav.gaps.importance'), importance(branch, context)),
    ),
    branch.reasons.length > 0 && h('h3', null, t('nav.reasons')),
    branch.reasons.length > 0 &&
      h(
        'ul',
        { attrs: { class: 'reasons' } },
        ...branch.reasons.map((reason) =>
          h('li', { attrs: { 'data-code': reason.code } }, explain(reason, lang)),
        ),
      ),
    ...competitorSection(branch.competitorVerdict, branch.competitorReasons, gaps, context),
    h('h3', null, t('nav.gaps.positions')),
    positions(gaps, branch, context),
  );
}

/** The verdict against the chosen competitors with its evidence (counts and k). */
function competitorSection(
  verdict: BranchGap['competitorVerdict'],
  reasons: BranchGap['competitorReasons'],
  gaps: GapsResponse,
  context: ViewContext,
): HTMLElement[] {
  const { t, lang } = context;
  return [
    h('h3', null, `${t('nav.gaps.vsCompetitors')}: ${t(`nav.gaps.cv.${verdict ?? 'none'}`)}`),
    h(
      'ul',
      { attrs: { class: 'competitor-reasons' } },
      ...(reasons ?? []).map((reason) =>
        h('li', { attrs: { 'data-code': reason.code } }, explain(reason, lang)),
      ),
    ),
    h(
      'p',
      { attrs: { class: 'muted' } },
      t('nav.gaps.cvHint', { k: formatRatio(gaps.competitorRatio ?? 2, lang) }),
    ),
  ];
}

/** A parent branch: its aggregated positions and competitor verdict. */
export function parentGapDetails(
  gaps: GapsResponse,
  parent: ParentBranchGap,
  context: ViewContext,
): HTMLElement {
  const { t, lang } = context;
  return h(
    'div',
    { attrs: { class: 'node-details gap-details', 'data-branch-id': parent.id } },
    h(
      'p',
      { attrs: { class: 'muted' } },
      `${bothNames(parent.name, parent.id)} · ${t('nav.gaps.parentRow')}`,
    ),
    h('dl', null, ...row(t('nav.gaps.fieldFamilies'), formatInteger(parent.fieldFamilies, lang))),
    ...competitorSection(parent.competitorVerdict, parent.competitorReasons, gaps, context),
    h('h3', null, t('nav.gaps.positions')),
    positions(gaps, parent, context),
  );
}
