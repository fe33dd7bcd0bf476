/**
 * Chinese names of the 35 WIPO technology fields (IPC–technology concordance, Schmoch 2008, as WIPO
 * publishes it: https://www.wipo.int/meetings/en/doc_details.jsp?doc_id=117672), keyed by field
 * number. The graph stores the English names only; the zh UI must not show them untranslated.
 */
const WIPO_FIELD_ZH: Readonly<Record<number, string>> = {
  1: '电气机械、设备、能源',
  2: '视听技术',
  3: '电信',
  4: '数字通信',
  5: '基本通信过程',
  6: '计算机技术',
  7: '管理用信息技术方法',
  8: '半导体',
  9: '光学',
  10: '测量',
  11: '生物材料分析',
  12: '控制',
  13: '医疗技术',
  14: '有机精细化学',
  15: '生物技术',
  16: '药品',
  17: '高分子化学、聚合物',
  18: '食品化学',
  19: '基础材料化学',
  20: '材料、冶金',
  21: '表面技术、涂层',
  22: '微结构与纳米技术',
  23: '化学工程',
  24: '环境技术',
  25: '装卸',
  26: '机床',
  27: '发动机、泵、涡轮机',
  28: '纺织和造纸机械',
  29: '其他专用机械',
  30: '热工过程与设备',
  31: '机械元件',
  32: '运输',
  33: '家具、游戏',
  34: '其他消费品',
  35: '土木工程',
};

/** The field's name in the UI language: `wipo:<n>` → its Chinese name in zh, the stored name otherwise. */
export function wipoFieldName(field: { id: string; name: string }, lang: 'zh' | 'en'): string {
  if (lang === 'en') return field.name;
  const number = Number(field.id.replace(/^wipo:/, ''));
  return WIPO_FIELD_ZH[number] ?? field.name;
}
