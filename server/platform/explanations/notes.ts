/**
 * Method statements and caveats that travel with an answer: the growth windows, the co-inventor
 * team rule, the technology–effect matrix caveats, and the methods of core patents, FTO screening
 * and fences. The English texts are the plain strings the API returned before the codes.
 */
import type { NoteExplanationCode } from '@graph-schema/dto/explanation';
import { explainerFor } from './explainer';

type NoParams = Record<string, never>;
type FtoScope = { offices: string; asOf: string; maxCandidates: number };
type FenceScope = { windowYears: number; minSimilarity: number };

const INACTIVE_CLAUSE = ', inactive (rated Low: not in force, though a lapse may be restored)';

const ftoMethod = (p: FtoScope, inactiveClause: string, cpcClause: string) =>
  `Candidates: patents of ${p.offices} that are active, pending (a risk once granted)${inactiveClause} ` +
  `or of unknown status (待核查), with no expiry on or before ${p.asOf}${cpcClause}; the ${p.maxCandidates} at most best by BM25 ` +
  'over title, abstract and claims are charted on their independent claims (all-elements rule). ' +
  '初筛结果，不构成法律意见。';

const fenceMethod = (p: FenceScope, citing: string) =>
  `Later patents (priority after the core's, within ${p.windowYears} years) citing it (${citing}) or in its CPC main groups ` +
  `with BM25 text similarity ≥ ${p.minSimilarity} of the core's self-score (title + abstract + claim 1). ` +
  'Own fence = the core owner’s or applicant’s patents; hostile = others. 外围专利：引证或同主组且文本相近的在后专利。';

const NOTE_TEXT = {
  'note.growthWindows': (p: { incompleteYears: number }) =>
    `threeYearGrowth = families in the recent 3-year window / families in the 3 years before − 1; null when the earlier window is empty. The last ${p.incompleteYears} years of the data are excluded as incomplete. 三年增长率 = 近三年同族数 / 前三年同族数 − 1；前三年为零时为 null；数据最后两年因公开滞后视为不完整，不计入。`,
  'note.teamRule': (p: { topInventors: number; minSharedFamilies: number }) =>
    `Teams are connected components among the top ${p.topInventors} inventors, two inventors linked when they share ≥ ${p.minSharedFamilies} families; main applicant = the applicant on most of the team's shared families. 团队 = 共同发明图的连通分量。`,
  'note.coInventorLinkRule': (p: { topInventors: number; minSharedFamilies: number }) =>
    `Two of the top ${p.topInventors} inventors are linked when they share ≥ ${p.minSharedFamilies} families. 共同发明 ≥ ${p.minSharedFamilies} 个同族即连线。`,
  'note.techEffectTruncated': (p: { readFamilies: number; totalFamilies: number }) =>
    `Read ${p.readFamilies} of ${p.totalFamilies} families (the first by family id). 仅读取 ${p.readFamilies}/${p.totalFamilies} 个同族。`,
  'note.techEffectLexicon': (_: NoParams) =>
    'Effects are the lexicon\'s terms (server/features/tech-effect/effect-lexicon.json) and effect phrases read by English and Chinese patterns ("reduce …", "提高 …"), mapped to the lexicon where it knows the object and kept as free effect columns otherwise; a phrasing no pattern reads still shows up as an empty cell, which is why candidates are checked for looser wording. 功效来自词表与中英文功效句式。',
  'note.techEffectIndicative': (_: NoParams) =>
    'Observed/expected ratios are indicative (rounded, with a band), not estimates. 观测/期望比仅供参考。',
  'note.corePatentsMethod': (_: NoParams) =>
    'Families are ranked by the weighted sum of normalised components (contributions sum to the score). ' +
    'Forward citations = distinct citing families in the whole graph, compared within the cohort ' +
    '(first CPC subclass × earliest priority year); PageRank on the family citation graph of the scope ' +
    '(d = 0.85), rescaled over the 1000 families closest in priority date; core = top coreShare. ' +
    '核心专利按同族计，得分为各指标归一化值的加权和。',
  'note.componentNoCitationEdges': (p: { component: string }) =>
    `${p.component} is flat: the scope has no citation edges, so PageRank is the same for every family and ranks nothing. 范围内无引证关系，该指标对所有同族相同，不参与排序。`,
  'note.componentAllEqual': (p: { component: string }) =>
    `${p.component} is flat: every family has the same value (within rounding), so it ranks nothing. 所有同族取值相同，该指标不参与排序。`,
  'note.ftoMethod': (p: FtoScope) => ftoMethod(p, '', ''),
  'note.ftoMethodWithCpc': (p: FtoScope & { cpc: string }) =>
    ftoMethod(p, '', ` and a CPC code under ${p.cpc}`),
  'note.ftoMethodWithInactive': (p: FtoScope) => ftoMethod(p, INACTIVE_CLAUSE, ''),
  'note.ftoMethodWithInactiveAndCpc': (p: FtoScope & { cpc: string }) =>
    ftoMethod(p, INACTIVE_CLAUSE, ` and a CPC code under ${p.cpc}`),
  'note.fenceMethodDirect': (p: FenceScope) => fenceMethod(p, 'directly'),
  'note.fenceMethodTwoHops': (p: FenceScope) => fenceMethod(p, 'directly or via one intermediate patent'),
  'note.incompleteYears': (p: {
    incompleteYears: number;
    firstYear: number | null;
    lastYear: number | null;
  }) =>
    `The last ${p.incompleteYears} years of the data (${p.firstYear === null ? '—' : `${p.firstYear}–${p.lastYear}`}) are marked incomplete: publication lags filing by ~18 months. 最后两年数据不完整。`,
  'note.compositionShares': (_: NoParams) =>
    'Shares can add up to more than 1: a family with several codes counts under each. 份额可合计超过1。',
  'note.geographyPct': (_: NoParams) =>
    'PCT use = families with a WO publication in scope; a jurisdiction filter that excludes WO hides it. PCT使用率按含WO公开的同族计。',
  'note.legalFamilyStatuses': (_: NoParams) =>
    'A family whose members differ in status counts under each status, so family counts can add up to more than the total. 同族成员状态不同时分别计入。',
  'note.legalExpiryWindows': (_: NoParams) =>
    'Expiry windows count active publications whose expiryDate is after asOf and within N years (windows are cumulative); expiryDate is the statutory term from filing (CN invention 20 y, utility model 10 y, design 15 y for filings from 2021-06-01; US/EP invention 20 y), without term adjustments or extensions. 到期窗口按法定期限估算。',
  'note.applicantTiers': (_: NoParams) =>
    'Applicants ranked by families; tier 1 = the leaders that together reach 50 % of applicant families (the one crossing 50 % included), tier 2 = up to 80 %, tier 3 = the rest; applicants with equal counts share a tier: the one where most of them fall. 第一梯队累计50%，第二梯队至80%，其余为第三梯队；同族数相同者归入其多数所在梯队。',
  'note.applicantTiersCollapsed': (p: {
    emptyTiers: number[];
    applicants: number;
    families: number;
    tieShare: number;
  }) =>
    `Tiers are not defined here: tier ${p.emptyTiers.join(' and ')} would be empty, because ${p.applicants} applicants with ${p.families} families each hold ${(p.tieShare * 100).toFixed(1)} % of applicant families and cannot be split. Read the ranking and concentration instead. 梯队划分在此不成立。`,
  'note.applicantConcentration': (_: NoParams) =>
    'CR4 = combined share (%) of the 4 largest applicants; HHI = Σ (100·share)², 0–10000: < 1000 unconcentrated, 1000–1800 moderately, > 1800 highly concentrated (US DOJ/FTC 2023). Shares are of applicant–family pairs. 集中度。',
  'note.lifecycleMeasure': (_: NoParams) =>
    'families per year and distinct applicants per year 同族数与申请人数',
  'note.hhiUnconcentrated': (_: NoParams) => 'unconcentrated 分散',
  'note.hhiModerate': (_: NoParams) => 'moderately concentrated 中度集中',
  'note.hhiHigh': (_: NoParams) => 'highly concentrated 高度集中',
};

/** The notes domain's one explanation builder: every code needs an English renderer above. */
export const explainNote = explainerFor<NoteExplanationCode, typeof NOTE_TEXT>(NOTE_TEXT);
