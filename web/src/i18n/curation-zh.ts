/** 申请人归并的中文文本（issue 13）；并入 zh.ts。 */
import type { curationEn } from './curation-en';

export const curationZh: Record<keyof typeof curationEn, string> = {
  'view.applicant-curation': '申请人归并',
  'navLabel.applicant-curation': '申请人归并',
  'curation.intro':
    '把同一申请人的不同写法归并为一个实体：之后所有排名、图谱、空白分析和检索都把它们算作一个。每次归并都有记录（谁、何时、为何），并可撤销。',
  'curation.who': '操作人',
  'curation.why': '归并理由（随归并保存）',
  'curation.suggestions': '归并建议',
  'curation.suggestions.none': '暂无建议：没有看起来属于同一主体的申请人。',
  'curation.suggestions.count': '共 {entities} 个申请人，{total} 条建议，显示 {shown} 条',
  'curation.families': '专利族 {families} 个',
  'curation.into': '保留',
  'curation.member': '并入',
  'curation.merge': '归并',
  'curation.reason.sameKey': '去掉公司类型、标点和连接词后名称相同：“{a}”与“{b}”。',
  'curation.reason.abbreviation': '词语缩写（{words}）：“{a}”与“{b}”。',
  'curation.reason.acronym': '“{a}”是“{b}”各词的首字母缩写。',
  'curation.reason.translated':
    '拼音或译名：两个名称在 {families} 个相同专利族的不同公开文本上出现（如 {examples}），从未在同一件文本上共同出现。',
  'curation.reason.sharedFamilies':
    '两者在 {families} 个相同专利族的不同公开文本上出现（如 {examples}），从未在同一件文本上共同出现。',
  'curation.manual': '手动归并',
  'curation.manual.into': '保留的申请人',
  'curation.manual.member': '并入的申请人',
  'curation.manual.pickBoth': '请选择要保留的申请人和至少一个要并入的申请人。',
  'curation.history': '归并记录',
  'curation.history.none': '尚无归并。',
  'curation.history.when': '时间',
  'curation.history.who': '操作人',
  'curation.history.why': '理由',
  'curation.history.entity': '实体',
  'curation.history.members': '并入的写法',
  'curation.history.state': '状态',
  'curation.active': '已归并',
  'curation.undone': '已由 {who} 撤销，{at}',
  'curation.split.done': '已由 {who} 拆分，{at}',
  'curation.undo': '撤销归并',
  'curation.split': '拆分',
  'curation.failed': '未能保存：{reason}',
  'curation.saved': '已保存。所有分析现在使用归并后的申请人。',
};
