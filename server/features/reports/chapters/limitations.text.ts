/** Sentences of the limitations chapter (chapters/limitations.ts), in both languages. */
import type { Bilingual } from '../report-context';

export const LIMITS_TEXT = {
  coverageHeading: { zh: '数据覆盖', en: 'Coverage' },
  exporters: (p: { exporters: string[]; files: number; dated: number }): Bilingual => ({
    zh: `数据来自 ${p.exporters.join('、')} 的导出文件：每个文件只包含该平台检索式返回的记录，覆盖范围、同族定义、法律状态与被引次数均以该平台导出时为准；${p.files} 个文件中有 ${p.dated} 个注明了导出日期。`,
    en: `The data come from exports of ${p.exporters.join(', ')}: each file holds only what that platform’s query returned, with its own coverage, family definition, legal status and citation counts as of the export; ${p.dated} of ${p.files} file(s) state an export date.`,
  }),
  noExporters: {
    zh: '本项目未记录数据文件，无法说明各导出平台的覆盖范围；统计基于图谱中的全部数据。',
    en: 'The project records no data file, so the coverage of the exporting platforms cannot be stated; counts use all data in the graph.',
  },
  familyKinds: (p: { byKind: { kind: string; families: number }[]; total: number }): Bilingual => ({
    zh: `图谱中 ${p.total} 个同族按来源分：${p.byKind.map((k) => `${k.kind} ${k.families} 个`).join('，')}。按最早优先权归并的同族（earliest-priority）与平台简单同族不完全相同，同族数可能少于 Lens 等平台的统计。`,
    en: `The graph’s ${p.total} families by kind: ${p.byKind.map((k) => `${k.kind} ${k.families}`).join(', ')}. An earliest-priority family is not a platform’s simple family, so family counts can be lower than Lens and other platforms report.`,
  }),
  incompleteYears: (p: { first: number; last: number; basis: string }): Bilingual => ({
    zh: `最近两年（${p.first}–${p.last}，${p.basis}）的数据不完整：专利申请一般在约 18 个月后才公开，这两年的数量偏低，不宜解读为下降。`,
    en: `The last two years (${p.first}–${p.last}, ${p.basis}) are incomplete: applications are usually published about 18 months after filing, so these years are under-counted and a fall there is not a trend.`,
  }),
  noYears: {
    zh: '图谱中没有带日期的专利，无法判断不完整年份。',
    en: 'No dated patent is in the graph, so incomplete years cannot be stated.',
  },
  chaptersHeading: { zh: '未生成内容的章节', en: 'Chapters without content' },
  chapterEmpty: (p: { number: number; title: string; codes: string }): Bilingual => ({
    zh: `第 ${p.number} 章“${p.title}”：范围内无可用数据（${p.codes}）。`,
    en: `Chapter ${p.number}, ${p.title}: no data in scope (${p.codes}).`,
  }),
  chapterFailed: (p: { number: number; title: string; codes: string }): Bilingual => ({
    zh: `第 ${p.number} 章“${p.title}”：生成失败（错误代码 ${p.codes}），该章内容缺失。`,
    en: `Chapter ${p.number}, ${p.title}: generation failed (error code ${p.codes}); its content is missing.`,
  }),
  allChapters: { zh: '各章均已生成内容。', en: 'Every chapter has content.' },
  methodHeading: { zh: '方法局限', en: 'Limits of the methods' },
  method: [
    {
      zh: '技术分支按分类号与关键词规则自动标引（规则见附录 A），存在误标与漏标；申请人名称经归一化合并，个别变体可能未合并。',
      en: 'Technology branches are tagged automatically by classification and keyword rules (Appendix A), so some patents are tagged wrongly or missed; applicant names are normalised, and a few variants may remain separate.',
    },
    {
      zh: '引证只包括导出文件列出的引证，被引次数因此可能低于实际。',
      en: 'Citations are only those the exports list, so citation counts can be lower than the true ones.',
    },
    {
      zh: '风险提示为基于文本相似度的初步筛查，不是法律意见，也不能证明不存在侵权风险；任何结论须经专业人员对权利要求逐项分析确认。',
      en: 'The risk screening is a first screening by text similarity, not a legal opinion, and cannot show that there is no infringement risk; any conclusion needs a professional claim-by-claim analysis.',
    },
  ],
} as const;
