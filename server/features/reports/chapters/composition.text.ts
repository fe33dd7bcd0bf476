/** Sentences of the technology-composition chapter, in both languages. */
import type { Bilingual } from '../report-context';

export const COMPOSITION_TEXT = {
  empty: (): Bilingual => ({
    zh: '本项目范围内没有专利，无法分析技术构成。',
    en: "The project's scope holds no patents, so no technology composition can be given.",
  }),
  classSummary: (scheme: string, families: number, top: string, count: number): Bilingual => ({
    zh: `范围内 ${families} 个同族按 ${scheme} 小类统计，排名前列的小类为：${top}（列出前 ${count} 个）。`,
    en: `By ${scheme} subclass, the ${families} families in scope concentrate in: ${top} (top ${count} listed).`,
  }),
  noClasses: (scheme: string): Bilingual => ({
    zh: `范围内的专利没有 ${scheme} 分类号。`,
    en: `No patent in scope carries a ${scheme} code.`,
  }),
  classItem: (code: string, families: number, share: string): Bilingual => ({
    zh: `${code}（${families} 个，${share}）`,
    en: `${code} (${families}, ${share})`,
  }),
  branchSummary: (chain: string, branches: number, top: string): Bilingual => ({
    zh: `按「${chain}」产业链的一级技术分支统计，有同族的一级分支 ${branches} 个，同族最多的是：${top}。`,
    en: `Across the level-1 branches of the "${chain}" chain, ${branches} hold families; the largest are: ${top}.`,
  }),
  noBranches: (): Bilingual => ({
    zh: '范围内的专利没有标引到任何产业链技术分支。',
    en: 'No patent in scope is tagged with an industry-chain branch.',
  }),
  wipoSummary: (top: string): Bilingual => ({
    zh: `按 WIPO 技术领域（由 IPC 对照），同族最多的领域为：${top}。`,
    en: `By WIPO technology field (from the IPC concordance), the largest fields are: ${top}.`,
  }),
  noWipo: (): Bilingual => ({
    zh: '范围内的专利无法对照到 WIPO 技术领域（缺少 IPC）。',
    en: 'No patent in scope maps to a WIPO technology field (no IPC).',
  }),
  classFinding: (scheme: string, code: string, share: string): Bilingual => ({
    zh: `技术构成以 ${scheme} 小类 ${code} 为主（占同族 ${share}）。`,
    en: `The ${scheme} subclass ${code} dominates the composition (${share} of families).`,
  }),
  branchFinding: (branch: string, families: number): Bilingual => ({
    zh: `同族最多的技术分支是「${branch}」（${families} 个）。`,
    en: `The largest technology branch is "${branch}" (${families} families).`,
  }),
  classFigureTitle: (scheme: string): Bilingual => ({
    zh: `${scheme} 小类同族分布`,
    en: `Families per ${scheme} subclass`,
  }),
  branchFigureTitle: (chain: string): Bilingual => ({
    zh: `「${chain}」一级技术分支同族分布`,
    en: `Families per level-1 branch of the "${chain}" chain`,
  }),
  wipoFigureTitle: (): Bilingual => ({
    zh: 'WIPO 技术领域同族分布',
    en: 'Families per WIPO technology field',
  }),
  barLegend: (what: Bilingual): Bilingual[] => [
    {
      zh: `纵向为${what.zh}，横轴为同族数，条末数字为同族数及其占范围内同族的比例。`,
      en: `Rows: ${what.en}; x: families; the number at each bar is its families and share of the families in scope.`,
    },
    {
      zh: '一个同族可计入多个类别，比例之和可超过 100%。',
      en: 'A family may count in several categories, so shares can add up to more than 100%.',
    },
  ],
  what: {
    subclass: (scheme: string): Bilingual => ({ zh: `${scheme} 小类`, en: `${scheme} subclasses` }),
    branch: (): Bilingual => ({ zh: '一级技术分支', en: 'level-1 branches' }),
    wipo: (): Bilingual => ({ zh: 'WIPO 技术领域', en: 'WIPO technology fields' }),
  },
  familiesAxis: (): Bilingual => ({ zh: '同族数', en: 'families' }),
  classTableCaption: (scheme: string): Bilingual => ({
    zh: `${scheme} 小类同族数`,
    en: `Families per ${scheme} subclass`,
  }),
  classColumns: (): Bilingual[] => [
    { zh: '分类号', en: 'Code' },
    { zh: '同族数', en: 'Families' },
    { zh: '占比', en: 'Share' },
  ],
  branchTableCaption: (): Bilingual => ({ zh: '技术分支同族数', en: 'Families per technology branch' }),
  branchColumns: (): Bilingual[] => [
    { zh: '产业链', en: 'Chain' },
    { zh: '环节', en: 'Segment' },
    { zh: '技术分支', en: 'Branch' },
    { zh: '层级', en: 'Level' },
    { zh: '同族数', en: 'Families' },
  ],
  wipoTableCaption: (): Bilingual => ({
    zh: 'WIPO 技术领域同族数',
    en: 'Families per WIPO technology field',
  }),
  wipoColumns: (): Bilingual[] => [
    { zh: '技术领域', en: 'Field' },
    { zh: '部门', en: 'Sector' },
    { zh: '同族数', en: 'Families' },
    { zh: '占比', en: 'Share' },
  ],
  truncated: (shown: number): Bilingual => ({
    zh: `仅列出前 ${shown} 个分类号。`,
    en: `Only the top ${shown} codes are listed.`,
  }),
};
