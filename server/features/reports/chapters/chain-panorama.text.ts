/** Sentences of the chain-panorama chapter, in both languages, from the panorama's numbers. */
import type { Bilingual } from '../report-context';

export interface PanoramaSummary {
  chain: string;
  families: number;
  /** "上游 120 (45%)" per segment, already joined in the report language. */
  segmentsZh: string;
  segmentsEn: string;
  leaves: number;
  weakLinks: number;
}

export const PANORAMA_TEXT = {
  noChain: (): Bilingual => ({
    zh: '本项目未指定产业链，因此不生成产业链全景与薄弱环节分析。',
    en: 'The project names no industry chain, so no chain panorama or weak links are analysed.',
  }),
  chainMissing: (chain: string): Bilingual => ({
    zh: `图谱中没有产业链 ${chain}，无法生成全景。`,
    en: `The graph holds no industry chain ${chain}; no panorama can be drawn.`,
  }),
  noFamilies: (chain: string): Bilingual => ({
    zh: `在本项目范围内，产业链「${chain}」没有任何已标引的专利同族。`,
    en: `Within the project's scope, no patent family is tagged with the chain "${chain}".`,
  }),
  summary: (s: PanoramaSummary): Bilingual => ({
    zh: `在本项目范围内，「${s.chain}」产业链共有 ${s.families} 个专利同族，各环节为：${s.segmentsZh}。末级技术分支 ${s.leaves} 个，其中 ${s.weakLinks} 个被判定为薄弱环节。`,
    en: `Within the project's scope the "${s.chain}" chain holds ${s.families} patent families; by segment: ${s.segmentsEn}. Of ${s.leaves} leaf branches, ${s.weakLinks} are judged weak links.`,
  }),
  segmentPart: (name: string, families: number, share: string): Bilingual => ({
    zh: `${name} ${families} 个（${share}）`,
    en: `${name} ${families} (${share})`,
  }),
  segmentShareNote: (): Bilingual => ({
    zh: '一个同族可同时标引于多个环节，各环节占比之和可超过 100%。',
    en: 'A family may be tagged in several segments, so segment shares can add up to more than 100%.',
  }),
  weakIntro: (count: number): Bilingual => ({
    zh: `薄弱环节（${count} 个）及其判定理由如下：`,
    en: `The ${count} weak links and the reasons for each:`,
  }),
  noWeakLinks: (weakBelow: number): Bilingual => ({
    zh: `在本范围内没有末级分支被判为薄弱环节（空白分支或同族数少于 ${weakBelow}）；这不代表该产业链不存在其他风险。`,
    en: `No leaf branch is judged a weak link in this scope (blank, or fewer than ${weakBelow} families); this does not mean the chain carries no other risk.`,
  }),
  weakFinding: (chain: string, count: number, names: string): Bilingual => ({
    zh: `「${chain}」产业链有 ${count} 个薄弱环节：${names}。`,
    en: `The "${chain}" chain has ${count} weak links: ${names}.`,
  }),
  largestFinding: (chain: string, segment: string, families: number, share: string): Bilingual => ({
    zh: `「${chain}」产业链的专利布局集中在${segment}（${families} 个同族，占 ${share}）。`,
    en: `Patenting in the "${chain}" chain concentrates in the ${segment} segment (${families} families, ${share}).`,
  }),
  figureTitle: (chain: string): Bilingual => ({
    zh: `「${chain}」产业链全景`,
    en: `Panorama of the "${chain}" chain`,
  }),
  figureLegend: (weakBelow: number): Bilingual[] => [
    {
      zh: '三列依次为上游、中游、下游环节；方框为技术分支，缩进表示下级分支，右侧数字为同族数。',
      en: 'Columns are the upstream, midstream and downstream segments; boxes are branches, indented by level, with their family counts.',
    },
    {
      zh: '方框底色越深，同族越多（按平方根刻度）。',
      en: 'The darker a box, the more families it has (square-root scale).',
    },
    {
      zh: `红色虚线框并带「!」者为薄弱环节：空白分支，或同族数少于 ${weakBelow}。`,
      en: `Red dashed boxes marked "!" are weak links: blank branches or fewer than ${weakBelow} families.`,
    },
  ],
  shadeLabel: (): Bilingual => ({ zh: '同族数', en: 'families' }),
  weakLabel: (): Bilingual => ({ zh: '薄弱环节', en: 'weak link' }),
  tableCaption: (chain: string): Bilingual => ({
    zh: `「${chain}」产业链各技术分支`,
    en: `Branches of the "${chain}" chain`,
  }),
  columns: (): Bilingual[] => [
    { zh: '环节', en: 'Segment' },
    { zh: '技术分支', en: 'Branch' },
    { zh: '层级', en: 'Level' },
    { zh: '同族数', en: 'Families' },
    { zh: '占产业链', en: 'Share of chain' },
    { zh: '三年增长', en: '3-year growth' },
    { zh: '主要申请人', en: 'Top applicants' },
    { zh: '薄弱环节理由', en: 'Weak-link reasons' },
  ],
  tableNote: (windows: string): Bilingual => ({
    zh: `三年增长：${windows}。同族可跨分支重复计数。`,
    en: `3-year growth: ${windows}. A family may count in several branches.`,
  }),
};
