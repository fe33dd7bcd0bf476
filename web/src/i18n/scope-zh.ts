/** 范围栏、筛选标签、申请人联想输入与跨视图链接的中文界面文字；并入 zh.ts。 */
import type { scopeEn } from './scope-en';

export const scopeZh: Record<keyof typeof scopeEn, string> = {
  'filter.ipcHint': '如 H01M10',
  'scope.label': '范围',
  'scope.chain': '产业链',
  'scope.anyChain': '— 全部产业链 —',
  'scope.node': '环节 / 技术分支',
  'scope.wholeChain': '— 整条产业链 —',
  'scope.segmentOption': '{name}（环节）',
  'scope.applicants': '申请人',
  'scope.applicantSearch': '输入名称或别名 …',
  'scope.applicantFamilies': '{families} 个同族',
  'scope.applicantAlias': '又写作“{alias}”',
  'scope.applicantMore': '共 {total} 个匹配，显示前 {shown} 个：继续输入以缩小范围',
  'scope.applicantNone': '没有与“{q}”匹配的申请人。',
  'scope.chips': '当前筛选',
  'scope.noChips': '无筛选：全部数据。',
  'scope.chip': '{field}：{value}',
  'scope.remove': '移除筛选 {name}',
  'scope.clearAll': '全部清除',
  'scope.loading': '加载中 …',
  'scope.namesFailed': '名称未能加载；筛选仍然有效。',
  'crossLink.title': '查看该分支的',
  'crossLink.core-patents': '核心专利',
  'crossLink.tech-route': '技术路线',
  'crossLink.gaps': '布局空白',
};
