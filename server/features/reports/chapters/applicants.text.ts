/** Sentences of the applicants chapter, in both languages. */
import type { Bilingual } from '../report-context';

export const APPLICANTS_TEXT = {
  empty: (): Bilingual => ({
    zh: '本项目范围内没有申请人，无法进行申请人分析。',
    en: "The project's scope holds no applicants, so no applicant analysis can be given.",
  }),
  summary: (applicants: number, top: string, families: number, share: string): Bilingual => ({
    zh: `范围内共有 ${applicants} 个申请人；排名第一的是 ${top}（${families} 个同族，占 ${share}）。`,
    en: `The scope holds ${applicants} applicants; the first is ${top} (${families} families, ${share}).`,
  }),
  concentration: (cr4: string, hhi: number, reading: string): Bilingual => ({
    zh: `前四名申请人集中度 CR4 为 ${cr4}，赫芬达尔指数 HHI 为 ${hhi}，市场${reading}。`,
    en: `The top-four concentration CR4 is ${cr4} and the Herfindahl–Hirschman index HHI is ${hhi}: ${reading}.`,
  }),
  tiers: (tier1: number, tier2: number, tier3: number): Bilingual => ({
    zh: `按累计份额划分竞争梯队：第一梯队 ${tier1} 个、第二梯队 ${tier2} 个、第三梯队 ${tier3} 个申请人。`,
    en: `By cumulative share the applicants fall into three tiers: ${tier1} in tier 1, ${tier2} in tier 2, ${tier3} in tier 3.`,
  }),
  partyRanked: (role: Bilingual, name: string, rank: number, families: number, tier: number): Bilingual => ({
    zh: `${role.zh} ${name} 排名第 ${rank}（${families} 个同族，第${tier}梯队）。`,
    en: `The ${role.en} ${name} ranks ${rank} (${families} families, tier ${tier}).`,
  }),
  partyNotRanked: (role: Bilingual, name: string, shown: number): Bilingual => ({
    zh: `${role.zh} ${name} 不在前 ${shown} 名之内。`,
    en: `The ${role.en} ${name} is not among the top ${shown}.`,
  }),
  target: (): Bilingual => ({ zh: '目标申请人', en: 'target' }),
  competitor: (): Bilingual => ({ zh: '竞争对手', en: 'competitor' }),
  topFinding: (name: string, families: number, share: string, cr4: string, reading: string): Bilingual => ({
    zh: `${name} 以 ${families} 个同族（${share}）居申请人首位；CR4 ${cr4}，${reading}。`,
    en: `${name} leads with ${families} families (${share}); CR4 ${cr4}, ${reading}.`,
  }),
  rankingFigureTitle: (): Bilingual => ({ zh: '主要申请人排名', en: 'Leading applicants' }),
  rankingLegend: (): Bilingual[] => [
    {
      zh: '纵向为申请人（按同族数排序），横轴为同族数，条末为同族数及占全部申请人同族之和的比例。',
      en: "Rows: applicants by families; x: families, with count and share of all applicants' families at each bar.",
    },
    {
      zh: '橙色粗体为本项目的目标申请人与竞争对手，蓝色为其他申请人。',
      en: "Orange and bold: the project's target and competitors; blue: other applicants.",
    },
  ],
  familiesAxis: (): Bilingual => ({ zh: '同族数', en: 'families' }),
  rankingCaption: (): Bilingual => ({ zh: '申请人排名与梯队', en: 'Applicant ranking and tiers' }),
  rankingColumns: (): Bilingual[] => [
    { zh: '排名', en: 'Rank' },
    { zh: '申请人', en: 'Applicant' },
    { zh: '同族数', en: 'Families' },
    { zh: '公开文本数', en: 'Publications' },
    { zh: '份额', en: 'Share' },
    { zh: '累计份额', en: 'Cumulative share' },
    { zh: '梯队', en: 'Tier' },
    { zh: '活跃年份', en: 'Active years' },
    { zh: '三年增长', en: '3-year growth' },
  ],
  emphasisNote: (): Bilingual => ({
    zh: '粗体行（★）为本项目的目标申请人或竞争对手。',
    en: "Bold rows (★) are the project's target or competitors.",
  }),
  matrixIntro: (chain: string, applicants: number, branches: number): Bilingual => ({
    zh: `下表给出「${chain}」产业链上 ${applicants} 个申请人在 ${branches} 个末级技术分支的同族数。`,
    en: `The table gives the families of ${applicants} applicants in ${branches} leaf branches of the "${chain}" chain.`,
  }),
  matrixCaption: (): Bilingual => ({
    zh: '申请人 × 技术分支同族数',
    en: 'Families per applicant and branch',
  }),
  matrixCorner: (): Bilingual => ({ zh: '申请人＼分支', en: 'Applicant \\ branch' }),
  matrixNote: (omitted: number): Bilingual => ({
    zh: `行为同族最多的申请人及目标、竞争对手（★）；列为末级分支${omitted > 0 ? `，另有 ${omitted} 个同族较少的分支未列出` : ''}。`,
    en: `Rows: the applicants with the most families, plus the target and competitors (★); columns: leaf branches${omitted > 0 ? `; ${omitted} smaller branches are left out` : ''}.`,
  }),
  noChainMatrix: (): Bilingual => ({
    zh: '本项目未指定产业链，不生成申请人 × 技术分支矩阵。',
    en: 'The project names no industry chain, so no applicant × branch matrix is given.',
  }),
  unknownParty: (key: string): Bilingual => ({
    zh: `图谱中没有申请人 ${key}，该行未列出。`,
    en: `The graph holds no applicant ${key}; its row is left out.`,
  }),
};
