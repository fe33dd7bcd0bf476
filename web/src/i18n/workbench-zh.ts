/** 分析工作台细节（问题 12）的中文界面文字：空白倍数、文献类型、出错字段；并入 zh.ts。 */
import type { workbenchEn } from './workbench-en';

export const workbenchZh: Record<keyof typeof workbenchEn, string> = {
  'gaps.ratio.label': '竞争对手倍数 k',
  'gaps.ratio.hint': '某竞争对手在分支内的同族数达到目标的 k 倍以上即为领先（1 至 100）。',
  'gaps.ratio.invalid': 'k 须为 1 至 100 之间的数。',
  'patent.type.invention': '发明',
  'patent.type.utility_model': '实用新型',
  'patent.type.design': '外观设计',
  'patent.type.unknown': '类型未知',
  'risk.asOfFormat': '年-月-日，如 2025-06-30',
  'form.problem.required': '请填写',
  'form.problem.tooLong': '最多 {limit} 个字符',
  'form.problem.tooMany': '最多 {limit} 项',
  'form.problem.atLeast': '不小于 {limit}',
  'form.problem.atMost': '不大于 {limit}',
  'form.problem.format': '格式不符（受理局为两个字母，如 CN）',
  'form.problem.yearOrder': '起始年不能晚于截止年',
  'form.problem.invalid': '该值不被接受',
  'error.fields': '{message}请检查：{fields}。',
};
