/**
 * Layout-gap explanations (GET /api/gaps): verdict reasons per branch, the geographic gap and the
 * rules. The English texts are the ones the API returned as plain strings before the codes, so
 * clients that showed them see no change.
 */
import type { GapExplanationCode } from '@graph-schema/dto/explanation';
import { explainerFor } from '@server/platform/explanations/explainer';

type NoParams = Record<string, never>;
const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;

const GAP_TEXT = {
  'gap.large': (p: { fieldFamilies: number; mean: number }) =>
    `large: ${p.fieldFamilies} families ≥ mean ${p.mean.toFixed(1)} 规模大`,
  'gap.fastGrowing': (p: { growth: number }) =>
    `fast-growing: +${Math.round(p.growth * 100)} % over 3 years 增长快`,
  'gap.fastGrowingFromZero': (_: NoParams) => 'fast-growing: from zero over 3 years 增长快',
  'gap.hot': (_: NoParams) => 'hot branch 热点分支',
  'gap.weakRta': (p: { rta: number }) => `own RTA ${p.rta.toFixed(2)} < 1 相对劣势`,
  'gap.fewOwnFamilies': (p: { ownFamilies: number; ownLowBelow: number }) =>
    `own families ${p.ownFamilies} < ${p.ownLowBelow} 自有同族少`,
  'gap.strongRta': (p: { rta: number }) => `own RTA ${p.rta.toFixed(2)} ≥ 1 相对优势`,
  'gap.noOwnFamilies': (p: { fieldFamilies: number }) =>
    `no own families among ${p.fieldFamilies} in the branch 本分支无自有申请`,
  'gap.officeGap': (p: { fieldShare: number; ownShare: number }) =>
    `the field files ${percent(p.fieldShare)} of its office filings here, the target ${percent(p.ownShare)} 该局布局不足`,
  'gap.rule.large': (_: NoParams) =>
    'large: branch families ≥ the mean of the chain’s non-empty leaf branches. 大分支：同族数不低于非空末级分支均值。',
  'gap.rule.fastGrowing': (p: { minGrowth: number; minRecentFamilies: number }) =>
    `fast-growing: 3-year growth > ${p.minGrowth * 100} % (or from zero) with ≥ ${p.minRecentFamilies} recent families. 快速增长。`,
  'gap.rule.gap': (p: { ownLowBelow: number }) =>
    `gap: an important (large, fast-growing or hot) branch where own RTA < 1 or own families < ${p.ownLowBelow}; high priority when the branch is large and fast-growing, or own families = 0. 布局空白：重要分支中RTA<1或自有同族少。`,
  'gap.rule.strength': (p: { ownLowBelow: number }) =>
    `strength: an important branch with RTA ≥ 1 and own families ≥ ${p.ownLowBelow}. 优势分支。`,
  'gap.rule.watch': (_: NoParams) =>
    'watch: a branch that is not important where the target has no families but others do. 关注。',
  'gap.rule.geographic': (p: { minFieldShare: number }) =>
    `geographic gap: an office with ≥ ${p.minFieldShare * 100} % of the field’s office filings where the target’s share is below half the field’s. 地域布局空白。`,
  'gap.competitorAhead': (p: {
    competitor: string;
    competitorFamilies: number;
    targetFamilies: number;
    k: number;
  }) =>
    `${p.competitor} files ${p.competitorFamilies} families, ≥ ${p.k}× the target's ${p.targetFamilies} 竞争对手领先`,
  'gap.onlyCompetitors': (p: { competitors: string; competitorFamilies: number }) =>
    `only competitors file here (${p.competitors}; target 0) 仅竞争对手布局`,
  'gap.targetLeads': (p: { targetFamilies: number; competitor: string; competitorFamilies: number }) =>
    `the target leads all chosen competitors: ${p.targetFamilies} families vs ${p.competitor} ${p.competitorFamilies} 目标领先`,
  'gap.rule.competitors': (p: { k: number }) =>
    `against the chosen competitors: "competitor ahead" when a competitor has ≥ ${p.k}× the target's families in the branch (target > 0); "only competitors" when the target has none and a competitor has some; "target leads" when the target has more than every competitor. 相对竞争对手的判定。`,
  'gap.rule.recommendation': (_: NoParams) =>
    'recommendations: high when a competitor is ahead or alone in an important branch; medium when so in another branch, or a high field gap without competitor pressure; low for other field gaps and gaps where the target leads; then larger branches first. 建议优先级。',
};

/** The gap domain's one explanation builder: every code needs an English renderer above. */
export const explainGap = explainerFor<GapExplanationCode, typeof GAP_TEXT>(GAP_TEXT);
