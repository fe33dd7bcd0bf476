/** 气泡矩阵视图与可折叠详情面板的中文文案；展开到 zh.ts。 */
import type { mapsEn } from './maps-en';

export const mapsZh: Record<keyof typeof mapsEn, string> = {
  'view.bubble-matrix': '申请人 × 技术气泡图',
  'navLabel.bubble-matrix': '气泡矩阵',

  'bubble.axis': '列',
  'bubble.axis.cpc': 'CPC 分类',
  'bubble.axis.ipc': 'IPC 分类',
  'bubble.axis.branch': '产业链技术分支',
  'bubble.axis.needsChain': '请先在范围中选择产业链，才能以其技术分支为列。',
  'bubble.level': '分类层级',
  'bubble.level.section': '部（H）',
  'bubble.level.class': '大类（H01）',
  'bubble.level.subclass': '小类（H01M）',
  'bubble.level.group': '大组（H01M10）',
  'bubble.color': '颜色',
  'bubble.color.growth': '增长率',
  'bubble.color.rta': '显示性技术优势（RTA）',
  'bubble.rows': '申请人',
  'bubble.chartLabel': '申请人与技术的气泡矩阵',
  'bubble.legendSize': '气泡面积：同族数（按{basis}）',
  'bubble.legendGrowth':
    '颜色：增长率 = {recentFrom}–{recentTo} 年同族数 ÷ {earlierFrom}–{earlierTo} 年同族数 − 1（按{basis}；最近年份仍在陆续公开）',
  'bubble.legendRta':
    '颜色：RTA = 该申请人在此列的同族占其同族的比例 ÷ 范围内全部申请人的该比例（1 = 与整体相当）',
  'bubble.growthLow': '−100%',
  'bubble.growthHigh': '+100% 及以上',
  'bubble.rtaLow': '¼ 及以下',
  'bubble.rtaHigh': '4 及以上',
  'bubble.noValue': '前一窗口无同族（增长率无定义）',
  'bubble.summary':
    '显示前 {rows}/{totalRows} 个申请人与 {columns}/{totalColumns} 列；范围内在此维度有取值的同族共 {families} 个。',
  'bubble.cellTitle': '{applicant} · {column}',
  'bubble.cellTooltip': '{applicant} · {column}：{families} 个同族',
  'bubble.cell.families': '同族数',
  'bubble.cell.recent': '{from}–{to} 年同族数',
  'bubble.cell.earlier': '{from}–{to} 年同族数',
  'bubble.cell.growth': '增长率',
  'bubble.cell.rta': 'RTA',
  'bubble.cell.undefined': '无定义',
  'bubble.cell.list': '此格的同族（最新在前）',
  'bubble.cell.cut': '显示 {shown}/{total} 个同族。',
  'bubble.evidence': '证据：接口请求与查询语句',
  'bubble.col.applicant': '申请人',
  'bubble.col.column': '列',
  'bubble.col.family': '同族',
  'bubble.col.year': '年份',

  'details.collapse': '收起详情面板',
  'details.expand': '展开详情面板',
};
