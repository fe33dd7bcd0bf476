/** Sentences of the geography chapter, in both languages. */
import type { Bilingual } from '../report-context';

export interface GeographySummary {
  families: number;
  origins: number;
  offices: number;
  topOrigin: string;
  topOriginFamilies: number;
  topOffice: string;
  topOfficeFamilies: number;
}

export const GEOGRAPHY_TEXT = {
  empty: (): Bilingual => ({
    zh: '本项目范围内没有专利，无法分析地域分布。',
    en: "The project's scope holds no patents, so no geography can be given.",
  }),
  summary: (s: GeographySummary): Bilingual => ({
    zh: `范围内 ${s.families} 个同族来自 ${s.origins} 个优先权来源国/地区，在 ${s.offices} 个受理局提交。最主要的技术来源是 ${s.topOrigin}（${s.topOriginFamilies} 个同族），最主要的受理局是 ${s.topOffice}（${s.topOfficeFamilies} 个同族）。`,
    en: `The ${s.families} families in scope come from ${s.origins} priority origins and were filed at ${s.offices} offices. The main origin is ${s.topOrigin} (${s.topOriginFamilies} families); the main office is ${s.topOffice} (${s.topOfficeFamilies} families).`,
  }),
  pct: (families: number, share: string): Bilingual => ({
    zh: `${families} 个同族经 PCT 途径（含 WO 公开），占 ${share}。`,
    en: `${families} families used the PCT route (a WO publication), ${share} of all.`,
  }),
  flows: (top: string): Bilingual => ({
    zh: `来源国 → 受理局的主要流向为：${top}。矩阵见下表。`,
    en: `The main origin → office flows are: ${top}. The table below gives the matrix.`,
  }),
  flow: (origin: string, office: string, families: number): Bilingual => ({
    zh: `${origin} → ${office}（${families}）`,
    en: `${origin} → ${office} (${families})`,
  }),
  originFinding: (origin: string, families: number, share: string): Bilingual => ({
    zh: `技术来源以 ${origin} 为主（${families} 个同族，占 ${share}）。`,
    en: `${origin} is the main source of the technology (${families} families, ${share}).`,
  }),
  pctFinding: (share: string): Bilingual => ({
    zh: `PCT 使用率为 ${share}。`,
    en: `PCT use is ${share}.`,
  }),
  officeFigureTitle: (): Bilingual => ({ zh: '各受理局同族数', en: 'Families per filing office' }),
  originFigureTitle: (): Bilingual => ({
    zh: '各优先权来源国/地区同族数',
    en: 'Families per priority origin',
  }),
  officeLegend: (): Bilingual[] => [
    {
      zh: '纵向为受理局，横轴为在该局有成员的同族数；一个同族可在多个受理局提交，合计可超过同族总数。',
      en: 'Rows: filing offices; x: families with a member filed there. A family may be filed at several offices, so the sum can exceed the families.',
    },
  ],
  originLegend: (): Bilingual[] => [
    {
      zh: '纵向为优先权来源国/地区（最早优先权的受理局），横轴为同族数，条末为数量及占比。',
      en: 'Rows: priority origins (office of the earliest priority); x: families, with count and share at each bar.',
    },
  ],
  familiesAxis: (): Bilingual => ({ zh: '同族数', en: 'families' }),
  matrixCaption: (): Bilingual => ({
    zh: '来源国 → 受理局同族流向矩阵',
    en: 'Origin → office flows of families',
  }),
  matrixCorner: (): Bilingual => ({ zh: '来源＼受理局', en: 'Origin \\ office' }),
  matrixNote: (origins: number, offices: number): Bilingual => ({
    zh: `列出同族最多的 ${origins} 个来源与 ${offices} 个受理局；单元格为该来源在该局有成员的同族数。`,
    en: `The ${origins} largest origins and ${offices} largest offices; a cell counts the origin's families with a member at that office.`,
  }),
  pctCaption: (): Bilingual => ({ zh: '各来源国/地区 PCT 使用率', en: 'PCT use per origin' }),
  pctColumns: (): Bilingual[] => [
    { zh: '来源', en: 'Origin' },
    { zh: '同族数', en: 'Families' },
    { zh: 'PCT 同族数', en: 'PCT families' },
    { zh: 'PCT 使用率', en: 'PCT share' },
  ],
};
