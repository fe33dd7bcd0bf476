/** Sentences of the trends and lifecycle chapter, in both languages, from the trends' numbers. */
import type { Bilingual } from '../report-context';

export interface TrendsSummary {
  families: number;
  applications: number;
  firstYear: number;
  lastYear: number;
  peakYear: number;
  peakFamilies: number;
  withoutYear: number;
}

const STAGE_EN = {
  emerging: 'emerging',
  growth: 'growth',
  maturity: 'maturity',
  decline: 'decline',
} as const;
export type LifecycleStage = keyof typeof STAGE_EN;

export const TRENDS_TEXT = {
  empty: (): Bilingual => ({
    zh: '本项目范围内没有专利，无法统计申请趋势与技术生命周期。',
    en: "The project's scope holds no patents, so no filing trends or lifecycle can be given.",
  }),
  summary: (s: TrendsSummary): Bilingual => ({
    zh: `本项目范围内共有 ${s.families} 个专利同族、${s.applications} 件申请（按申请号去重），年份跨度 ${s.firstYear}–${s.lastYear} 年；完整年份中同族数最多的是 ${s.peakYear} 年（${s.peakFamilies} 个）。${s.withoutYear > 0 ? `另有 ${s.withoutYear} 个同族缺少日期，未计入年度统计。` : ''}`,
    en: `The project's scope holds ${s.families} patent families and ${s.applications} applications (distinct application numbers) from ${s.firstYear} to ${s.lastYear}; among complete years, ${s.peakYear} has the most families (${s.peakFamilies}).${s.withoutYear > 0 ? ` ${s.withoutYear} families have no date and are left out of the yearly counts.` : ''}`,
  }),
  incomplete: (first: number, last: number, families: number): Bilingual => ({
    zh: `${first}–${last} 年为不完整年份（共 ${families} 个同族）：公开一般滞后申请约 18 个月，这些年份的数字偏低，不代表申请下降，图中以灰色底纹标出。`,
    en: `${first}–${last} are incomplete years (${families} families): publication lags filing by about 18 months, so these counts are low and do not mean filing fell; the figure shades them grey.`,
  }),
  lifecycle: (
    stage: LifecycleStage,
    stageZh: string,
    reason: string,
    years: [number, number],
  ): Bilingual => ({
    zh: `依据 ${years[0]}–${years[1]} 年的完整年份，本领域处于${stageZh}。判定依据：${reason}`,
    en: `From the complete years ${years[0]}–${years[1]}, the field is in the ${STAGE_EN[stage]} stage. Why: ${reason}`,
  }),
  lifecycleEvidence: (e: {
    recent: number;
    earlier: number;
    recentApplicants: string;
    earlierApplicants: string;
  }): Bilingual => ({
    zh: `近三个完整年度共 ${e.recent} 个同族、年均 ${e.recentApplicants} 个申请人；此前三年共 ${e.earlier} 个同族、年均 ${e.earlierApplicants} 个申请人。`,
    en: `The last three complete years hold ${e.recent} families with ${e.recentApplicants} applicants a year; the three years before hold ${e.earlier} families with ${e.earlierApplicants} applicants a year.`,
  }),
  noLifecycle: (): Bilingual => ({
    zh: '范围内没有完整年份，无法判定技术生命周期阶段。',
    en: 'The scope has no complete year, so no lifecycle stage can be judged.',
  }),
  lifecycleFinding: (stageZh: string, stage: LifecycleStage, reason: string): Bilingual => ({
    zh: `技术生命周期：${stageZh}（${reason}）。`,
    en: `Lifecycle: ${STAGE_EN[stage]} stage (${reason}).`,
  }),
  peakFinding: (year: number, families: number): Bilingual => ({
    zh: `完整年份中申请最活跃的是 ${year} 年（${families} 个同族）。`,
    en: `The busiest complete year is ${year} (${families} families).`,
  }),
  trendFigureTitle: (): Bilingual => ({
    zh: '申请量、授权量与同族数年度趋势',
    en: 'Applications, grants and families per year',
  }),
  lifecycleFigureTitle: (): Bilingual => ({
    zh: '同族数与申请人数年度变化（生命周期依据）',
    en: 'Families and applicants per year (lifecycle evidence)',
  }),
  series: {
    applications: (): Bilingual => ({ zh: '申请量', en: 'applications' }),
    grants: (): Bilingual => ({ zh: '授权量', en: 'grants' }),
    families: (): Bilingual => ({ zh: '同族数', en: 'families' }),
    applicants: (): Bilingual => ({ zh: '申请人数', en: 'applicants' }),
  },
  yearAxis: (): Bilingual => ({ zh: '年份', en: 'year' }),
  countAxis: (): Bilingual => ({ zh: '数量', en: 'count' }),
  incompleteLabel: (): Bilingual => ({ zh: '数据不完整', en: 'incomplete' }),
  trendLegend: (): Bilingual[] => [
    {
      zh: '横轴为年份，纵轴为数量；蓝线为申请量（按申请号去重），橙线为授权量，绿线为同族数。',
      en: 'x: year; y: count. Blue: applications (distinct application numbers); orange: grants; green: families.',
    },
    {
      zh: '灰色底纹为数据不完整的最近年份（公开滞后）。',
      en: 'Grey band: the recent years with incomplete data (publication lag).',
    },
  ],
  lifecycleLegend: (): Bilingual[] => [
    {
      zh: '横轴为年份，纵轴为数量；蓝线为同族数，橙线为当年不同申请人数。',
      en: 'x: year; y: count. Blue: families; orange: distinct applicants in the year.',
    },
    {
      zh: '灰色底纹年份不计入生命周期判定。',
      en: 'Years in the grey band are left out of the lifecycle judgement.',
    },
  ],
  tableCaption: (): Bilingual => ({ zh: '年度申请统计', en: 'Filings per year' }),
  columns: (): Bilingual[] => [
    { zh: '年份', en: 'Year' },
    { zh: '申请量', en: 'Applications' },
    { zh: '授权量', en: 'Grants' },
    { zh: '同族数', en: 'Families' },
    { zh: '申请人数', en: 'Applicants' },
    { zh: '完整性', en: 'Completeness' },
  ],
  completeness: (incomplete: boolean): Bilingual =>
    incomplete ? { zh: '不完整', en: 'incomplete' } : { zh: '完整', en: 'complete' },
};
