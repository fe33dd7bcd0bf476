/**
 * Sentences of the scope-and-method chapter (chapters/scope-method.ts). The method sentences
 * summarise README.md "Counting basis" and the analyses' own rule notes (server/features/gaps/
 * gap-verdict.ts, server/features/core-patents/, server/features/main-path/, server/features/tech-effect/).
 */
import type { Bilingual } from '../report-context';

type Ref = { name: string; key: string };
const namesZh = (refs: readonly Ref[]) => refs.map((r) => `${r.name}（${r.key}）`).join('、');
const namesEn = (refs: readonly Ref[]) => refs.map((r) => `${r.name} (${r.key})`).join('; ');

export const SCOPE_TEXT = {
  intro: (p: { name: string; type: Bilingual }): Bilingual => ({
    zh: `本报告为${p.type.zh}专利导航项目“${p.name}”的导航报告，导航范围与统计口径如下。`,
    en: `This is the navigation report of the ${p.type.en} project “${p.name}”; its scope and counting basis follow.`,
  }),
  scopeTable: (p: { chapter: number }): Bilingual => ({
    zh: `表 ${p.chapter}-1 导航范围`,
    en: `Table ${p.chapter}-1 Navigation scope`,
  }),
  columns: { item: { zh: '项目', en: 'Item' }, value: { zh: '取值', en: 'Value' } },
  rows: {
    navigationType: { zh: '导航类型', en: 'Navigation type' },
    boundary: { zh: '技术边界', en: 'Technology boundary' },
    offices: { zh: '受理局', en: 'Offices' },
    years: { zh: '年份', en: 'Years' },
    dateBasis: { zh: '日期口径', en: 'Date basis' },
    target: { zh: '目标主体', en: 'Target' },
    competitors: { zh: '竞争对手', en: 'Competitors' },
    own: { zh: '自有专利组合（申请人）', en: 'Own portfolio (applicants)' },
  },
  allOffices: { zh: '全部受理局', en: 'all offices' },
  noBoundary: { zh: '未限定（全部技术）', en: 'not limited (all technology)' },
  chain: (p: { chain: string }): Bilingual => ({ zh: `产业链 ${p.chain}`, en: `chain ${p.chain}` }),
  segments: (p: { ids: string[] }): Bilingual => ({
    zh: `环节 ${p.ids.join('、')}`,
    en: `segments ${p.ids.join(', ')}`,
  }),
  branches: (p: { ids: string[] }): Bilingual => ({
    zh: `技术分支 ${p.ids.join('、')}`,
    en: `branches ${p.ids.join(', ')}`,
  }),
  none: { zh: '未设定', en: 'none set' },
  years: (p: { from: number | null; to: number | null }): Bilingual =>
    p.from === null && p.to === null
      ? { zh: '全部年份', en: 'all years' }
      : { zh: `${p.from ?? '…'}–${p.to ?? '…'} 年`, en: `${p.from ?? '…'}–${p.to ?? '…'}` },
  refs: (p: { refs: readonly Ref[] }): Bilingual =>
    p.refs.length === 0 ? { zh: '未设定', en: 'none set' } : { zh: namesZh(p.refs), en: namesEn(p.refs) },
  dateBasis: {
    priority: {
      zh: '最早优先权日（首次申请以其申请日为准）',
      en: 'earliest priority date (a first filing’s own application date)',
    },
    application: { zh: '申请日', en: 'application date' },
    publication: { zh: '公开日', en: 'publication date' },
  },
  methodHeading: { zh: '统计口径与方法', en: 'Counting basis and methods' },
} as const;

/** One sentence per method; the code is the method note's code in the methods appendix. */
export const METHOD_SENTENCES: readonly { code: string; text: Bilingual }[] = [
  {
    code: 'method.familyUnit',
    text: {
      zh: '计数单位为同族：导出文件给出简单同族号时以其为同族（exporter-simple），否则按最早优先权归并（earliest-priority），两者皆无的公开单独成族（publication）；同族计入其范围内成员的最早年份。',
      en: 'Every count is of families: the exporter’s simple-family id where the export gives one (exporter-simple), else publications sharing their earliest priority filing (earliest-priority), else the publication alone (publication); a family counts in the earliest year among its members in scope.',
    },
  },
  {
    code: 'method.dateBasis',
    text: {
      zh: '日期口径可选最早优先权日、申请日或公开日；数据最后两年因公开滞后（约 18 个月）视为不完整。',
      en: 'The date basis is the earliest priority, application or publication date; the last two years of the data are incomplete because publication lags filing by about 18 months.',
    },
  },
  {
    code: 'method.coreScore',
    text: {
      zh: '核心专利按可解释的综合得分排序，提供三套权重预设：default（0–100，以同领域同年被引、市场覆盖、PageRank 为主）、PatSnap 30-30-20-20（0–100）与一汽 FAW 40-30-30（0–10，≥6.5 为高价值），每个分项的原值、权重与贡献均给出。',
      en: 'Core patents are ranked by an explainable composite score with three weight presets: default (0–100, led by field-and-year-normalised citations, market coverage and PageRank), PatSnap 30-30-20-20 (0–100) and FAW 40-30-30 (0–10, high value at ≥ 6.5); every component’s raw value, weight and contribution is given.',
    },
  },
  {
    code: 'method.gapVerdict',
    text: {
      zh: '布局空白判定：重要（规模大或快速增长）的末级分支中，目标主体的显示性技术优势 RTA < 1 或自有同族数偏低即为空白；RTA > 1 为优势，其余视情况列为关注。',
      en: 'Layout-gap verdict: an important (large or fast-growing) leaf branch where the target’s revealed technological advantage (RTA) is below 1 or its own family count is low is a gap; RTA above 1 is a strength, and the rest may be flagged to watch.',
    },
  },
  {
    code: 'method.mainPath',
    text: {
      zh: '技术路线用引证网络的主路径分析（SPC 搜索路径计数，含局部前向、全局与关键路径），先去除与优先权时间相反的引证，再按（优先权日，编号）稳定顺序打破剩余环路。',
      en: 'The technology route is the main path of the citation network by search path count (SPC: local forward, global and key-route), after dropping links that run against priority time and breaking remaining cycles in a stable (priority day, id) order.',
    },
  },
  {
    code: 'method.effectExtraction',
    text: {
      zh: '技术功效从中英文摘要与权利要求中按功效词表和功效短语模式抽取，每个示例给出所用模式与原句；仅在期望同族数 ≥ 5 的单元格判断空白点，否则标为样本过少。',
      en: 'Technical effects are read from English and Chinese abstracts and claims with an effect lexicon and effect-phrase patterns, each example with its pattern and sentence; white space is judged only where at least 5 families are expected, else the cell is too_few.',
    },
  },
];
