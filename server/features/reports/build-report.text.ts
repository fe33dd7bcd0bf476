/**
 * The sentences the report builder itself writes (cover lines, pin provenance, a failed chapter),
 * in both languages; chapters keep their own templates next to them (chapters/*.text.ts).
 */
import type { Bilingual } from './report-context';

export const BUILD_TEXT = {
  pinProvenance: (p: { day: string; same: boolean; pinned: Bilingual; current: Bilingual }): Bilingual =>
    p.same
      ? {
          zh: `分析人员于 ${p.day} 固定此视图；此后数据未变化，数据版本：${p.pinned.zh}。`,
          en: `Pinned by the analyst on ${p.day}; the data have not changed since (data version: ${p.pinned.en}).`,
        }
      : {
          zh: `分析人员于 ${p.day} 固定此视图；固定时的数据版本为 ${p.pinned.zh}，当前为 ${p.current.zh}：固定后数据已有变化，图表为固定时的快照。`,
          en: `Pinned by the analyst on ${p.day}; data version then ${p.pinned.en}, now ${p.current.en}: the data changed since it was pinned, and the figure is the snapshot taken then.`,
        },
  chapterFailed: (p: { code: string }): Bilingual => ({
    zh: `本章生成失败（错误代码 ${p.code}），其余章节不受影响；详见“局限性说明”。`,
    en: `This chapter could not be generated (error code ${p.code}); the other chapters are unaffected. See Limitations.`,
  }),
  syntheticDemo: {
    zh: '合成演示数据 SYNTHETIC DEMO DATA：图谱中载入的是生成的演示语料，所有申请人、发明人和专利均为虚构。',
    en: 'SYNTHETIC DEMO DATA / 合成演示数据: the graph holds the generated demo corpus; every applicant, inventor and patent is fictional.',
  },
  navigationType: (p: { type: Bilingual }): Bilingual => ({
    zh: `导航类型：${p.type.zh}`,
    en: `Navigation type: ${p.type.en}`,
  }),
  client: (p: { client: string | null }): Bilingual => ({
    zh: `委托方：${p.client ?? '未填写'}`,
    en: `Client: ${p.client ?? 'not stated'}`,
  }),
  target: (p: { name: string | null }): Bilingual => ({
    zh: `目标主体：${p.name ?? '未设定'}`,
    en: `Target: ${p.name ?? 'none set'}`,
  }),
  competitors: (p: { names: string[] }): Bilingual => ({
    zh: `竞争对手：${p.names.length > 0 ? p.names.join('、') : '未设定'}`,
    en: `Competitors: ${p.names.length > 0 ? p.names.join('; ') : 'none set'}`,
  }),
  dataVersion: (p: { words: Bilingual }): Bilingual => ({
    zh: `数据版本：${p.words.zh}`,
    en: `Data version: ${p.words.en}`,
  }),
  reportDay: (p: { today: string }): Bilingual => ({
    zh: `报告日期：${p.today}`,
    en: `Report date: ${p.today}`,
  }),
} as const;
