/** Sentence templates of the gaps chapter, each in Chinese and English, with its numbers. */
import type { Bilingual } from '../report-context';

export const GAPS_TEXT = {
  noChain: (): Bilingual => ({
    zh: '项目未设定产业链，无法按技术分支比较布局；请在项目的技术边界中选择产业链。',
    en: 'The project sets no industry chain, so layouts cannot be compared per branch; choose a chain in the project boundary.',
  }),
  noTarget: (): Bilingual => ({
    zh: '项目未设定目标企业，无法分析布局空白；请在项目中设定目标企业及其竞争对手。',
    en: 'The project sets no target enterprise, so no layout gaps can be found; set a target and its competitors in the project.',
  }),
  targetUnknown: (key: string): Bilingual => ({
    zh: `目标企业（${key}）或某一竞争对手不在图谱中，无法分析布局空白。`,
    en: `The target (${key}) or a competitor is not in the graph, so no layout gaps can be found.`,
  }),
  summary: (p: {
    target: string;
    targetFamilies: number;
    chain: string;
    fieldFamilies: number;
    competitors: string;
    branches: number;
    gaps: number;
    high: number;
    strengths: number;
    watch: number;
  }): Bilingual => ({
    zh: `目标企业${p.target}在${p.chain}产业链共有 ${p.targetFamilies} 个同族（全产业链 ${p.fieldFamilies} 个），对比竞争对手：${p.competitors}。${p.branches} 个末级技术分支中，布局空白 ${p.gaps} 个（其中高优先级 ${p.high} 个），优势分支 ${p.strengths} 个，需关注 ${p.watch} 个。`,
    en: `The target ${p.target} holds ${p.targetFamilies} families in the ${p.chain} chain (${p.fieldFamilies} in the whole chain), compared with the competitors ${p.competitors}. Of ${p.branches} leaf branches, ${p.gaps} are layout gaps (${p.high} of high priority), ${p.strengths} are strengths and ${p.watch} are to watch.`,
  }),
  competitorVerdicts: (p: { k: number; ahead: number; only: number; leads: number }): Bilingual => ({
    zh: `相对所选竞争对手（k = ${p.k}）：${p.ahead} 个末级分支中有竞争对手的同族数达到目标的 ${p.k} 倍以上，${p.only} 个分支仅竞争对手布局，目标在 ${p.leads} 个分支领先全部所选竞争对手。`,
    en: `Against the chosen competitors (k = ${p.k}): in ${p.ahead} leaf branches a competitor holds at least ${p.k}× the target's families, in ${p.only} only competitors file, and in ${p.leads} the target leads every chosen competitor.`,
  }),
  competitor: (name: string, families: number): Bilingual => ({
    zh: `${name}（${families} 个同族）`,
    en: `${name} (${families} ${families === 1 ? 'family' : 'families'})`,
  }),
  recommendation: (p: {
    rank: number;
    branch: string;
    verdict: string;
    reasons: string;
    fieldFamilies: number;
    ownFamilies: number;
    rta: string;
    growth: string;
    leader: string;
  }): Bilingual => ({
    zh: `建议 ${p.rank}：在「${p.branch}」加强专利布局（${p.verdict}）。理由：${p.reasons}。该分支共 ${p.fieldFamilies} 个同族，目标 ${p.ownFamilies} 个，RTA ${p.rta}，近三年增长 ${p.growth}；竞争对手中布局最多的是${p.leader}。`,
    en: `Recommendation ${p.rank}: strengthen the layout in "${p.branch}" (${p.verdict}). Why: ${p.reasons}. The branch holds ${p.fieldFamilies} families, the target ${p.ownFamilies}, RTA ${p.rta}, 3-year growth ${p.growth}; the competitor with most families there is ${p.leader}.`,
  }),
  noRecommendation: (): Bilingual => ({
    zh: '按现行规则，没有需要优先补强的技术分支；这并不意味着不存在布局风险，规则与阈值见方法附录。',
    en: 'Under the rules used, no branch needs strengthening first; this does not mean there is no layout risk — the rules and thresholds are in the methods appendix.',
  }),
  officeGaps: (offices: string): Bilingual => ({
    zh: `地域布局空白（目标在该局占比不到行业的一半）：${offices}。`,
    en: `Geographic gaps (the target's share at the office is under half the field's): ${offices}.`,
  }),
  officeGap: (office: string, fieldShare: string, ownShare: string): Bilingual => ({
    zh: `${office}（行业 ${fieldShare}，目标 ${ownShare}）`,
    en: `${office} (field ${fieldShare}, target ${ownShare})`,
  }),
  noCompetitorFamilies: (): Bilingual => ({ zh: '无', en: 'none' }),
  tableCaption: (label: string): Bilingual => ({
    zh: `${label} 目标企业与竞争对手的分支布局比较`,
    en: `${label} Target versus competitors per branch`,
  }),
  figureTitle: (): Bilingual => ({
    zh: '目标企业与竞争对手各技术分支同族数',
    en: 'Families of the target and its competitors per branch',
  }),
  figureLegendBars: (): Bilingual => ({
    zh: '横条长度 = 该申请人在该分支的同族数；颜色区分目标与各竞争对手（见图上方图例）',
    en: 'Bar length = families of the applicant in the branch; colours tell the target and each competitor apart (key above the bars)',
  }),
  figureLegendSelection: (shown: number, total: number): Bilingual => ({
    zh: `显示同族数最多的 ${shown} 个末级分支（共 ${total} 个）`,
    en: `The ${shown} largest leaf branches are shown (of ${total})`,
  }),
  recommendationsHeading: (): Bilingual => ({ zh: '优先布局建议', en: 'Prioritised recommendations' }),
  recommendationRule: (): Bilingual => ({
    zh: '排序规则：结论严重度（高优先级空白 3、中优先级空白 2、关注 1）× 分支热度（1 + 规模大 + 增长快 + 热点），同分时按分支同族数、近三年增长、分支编号。',
    en: 'Order: verdict severity (high-priority gap 3, medium gap 2, watch 1) × branch heat (1 + large + fast-growing + hot); ties by branch families, 3-year growth, branch id.',
  }),
  families: (): Bilingual => ({ zh: '同族数', en: 'families' }),
} as const;

export const VERDICT_TEXT: Record<string, Bilingual> = {
  'gap:high': { zh: '高优先级布局空白', en: 'high-priority gap' },
  'gap:medium': { zh: '中优先级布局空白', en: 'medium-priority gap' },
  'watch:low': { zh: '关注', en: 'watch' },
  'strength:': { zh: '优势', en: 'strength' },
  'none:': { zh: '—', en: '—' },
};

export const GAP_COLUMNS = {
  branch: { zh: '技术分支', en: 'Branch' },
  fieldFamilies: { zh: '行业同族', en: 'Field families' },
  ownFamilies: { zh: '目标同族', en: 'Target families' },
  share: { zh: '目标占比', en: 'Target share' },
  rta: { zh: '目标 RTA', en: 'Target RTA' },
  growth: { zh: '近三年增长', en: '3-year growth' },
  verdict: { zh: '结论', en: 'Verdict' },
  reasons: { zh: '理由', en: 'Reasons' },
} as const satisfies Record<string, Bilingual>;
