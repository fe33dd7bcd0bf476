/** Sentence templates of the technology-route chapter (main path and fences), in Chinese and English. */
import type { Bilingual } from '../report-context';

export const ROUTE_TEXT = {
  noPath: (reason: string): Bilingual => ({
    zh: `未能得到技术路线主路径：${reason}`,
    en: `No main path of the technology route: ${reason}`,
  }),
  summary: (p: {
    families: number;
    citationEdges: number;
    length: number;
    firstYear: string;
    lastYear: string;
    core: number;
    links: number;
  }): Bilingual => ({
    zh: `范围内 ${p.families} 个同族之间有 ${p.citationEdges} 条引用关系；按搜索路径计数（SPC）提取的主路径含 ${p.length} 个同族、${p.links} 条引用链接，时间跨度 ${p.firstYear}–${p.lastYear} 年，其中 ${p.core} 个为核心专利。`,
    en: `The ${p.families} families in scope are linked by ${p.citationEdges} citations; the main path by search path count (SPC) holds ${p.length} families and ${p.links} links, from ${p.firstYear} to ${p.lastYear}, ${p.core} of them core patents.`,
  }),
  dropped: (note: string): Bilingual => ({ zh: `说明：${note}`, en: `Note: ${note}` }),
  figureTitle: (): Bilingual => ({ zh: '技术路线主路径', en: 'Main path of the technology route' }),
  legendAxis: (): Bilingual => ({
    zh: '横轴 = 最早优先权年（只列出路径上出现的年份，自左向右按时间先后；年份较多时分行排列，按阅读顺序自上而下接续）',
    en: 'Horizontal axis = earliest priority year (only the years on the path, left to right in time; a long route continues on the next band, read top to bottom)',
  }),
  legendBoxes: (): Bilingual => ({
    zh: '方框 = 同族（代表公开号、简短标题、第一申请人）；橙色粗框 = 核心专利',
    en: 'Box = family (representative publication, short title, first applicant); thick orange outline = core patent',
  }),
  legendArrows: (): Bilingual => ({
    zh: '箭头方向 = 知识流向：由被引（较早）同族指向施引（较晚）同族，即与“施引 → 被引”的引用方向相反',
    en: 'Arrows = knowledge flow: from the cited (earlier) family to the citing (later) one, i.e. opposite to the citing → cited reference',
  }),
  tableCaption: (label: string): Bilingual => ({
    zh: `${label} 技术路线主路径上的同族（按知识流向排序）`,
    en: `${label} Families on the main path (in knowledge-flow order)`,
  }),
  noYear: (): Bilingual => ({ zh: '年份不详', en: 'no year' }),
  yes: (): Bilingual => ({ zh: '是', en: 'yes' }),
  no: (): Bilingual => ({ zh: '否', en: 'no' }),
  untitled: (): Bilingual => ({ zh: '无标题', en: 'untitled' }),
  unknown: (): Bilingual => ({ zh: '不详', en: 'unknown' }),
  fenceHeading: (): Bilingual => ({ zh: '核心专利的专利围栏', en: 'Fences around the core patents' }),
  fence: (p: {
    patentId: string;
    peripheral: number;
    own: number;
    hostile: number;
    owners: number;
    hhi: string;
    top: string;
    topShare: string;
    mode: string;
    basis: string;
    expiry: string;
  }): Bilingual => ({
    zh: `围绕核心专利 ${p.patentId} 的外围专利 ${p.peripheral} 件：核心专利权利人自有 ${p.own} 件，他人（潜在围堵）${p.hostile} 件；共 ${p.owners} 个权利人，集中度 HHI ${p.hhi}，最大权利人为${p.top}（占 ${p.topShare}）。布局模式：${p.mode}（${p.basis}）。外围专利到期分布：${p.expiry}。`,
    en: `Around the core patent ${p.patentId} lie ${p.peripheral} peripheral patents: ${p.own} of the core patent's owner, ${p.hostile} of others (a potential hostile fence); ${p.owners} owners, concentration HHI ${p.hhi}, the largest being ${p.top} (${p.topShare}). Layout mode: ${p.mode} (${p.basis}). Expiry of the peripheral patents: ${p.expiry}.`,
  }),
  expiryYear: (year: string, patents: number): Bilingual => ({
    zh: `${year} 年 ${patents} 件`,
    en: `${year}: ${patents}`,
  }),
  noOwner: (): Bilingual => ({ zh: '无', en: 'none' }),
  noFence: (patentId: string): Bilingual => ({
    zh: `核心专利 ${patentId} 周围未发现外围专利（引用或文本相近）；这不表示不存在围堵专利，数据仅限于已载入的专利。`,
    en: `No peripheral patent (citing or textually close) was found around the core patent ${patentId}; this does not mean there is none — only loaded patents are seen.`,
  }),
  noCore: (): Bilingual => ({
    zh: '范围内没有核心专利，无法分析专利围栏。',
    en: 'There is no core patent in scope, so no fence can be analysed.',
  }),
  fenceTableCaption: (label: string): Bilingual => ({
    zh: `${label} 核心专利围栏中的主要权利人`,
    en: `${label} Main owners in the fences around the core patents`,
  }),
  own: (): Bilingual => ({ zh: '自有', en: 'own' }),
  hostile: (): Bilingual => ({ zh: '他人', en: 'hostile' }),
} as const;

export const ROUTE_COLUMNS = {
  order: { zh: '序号', en: 'No.' },
  patent: { zh: '公开号', en: 'Publication' },
  year: { zh: '优先权年', en: 'Priority year' },
  title: { zh: '标题', en: 'Title' },
  applicant: { zh: '第一申请人', en: 'First applicant' },
  core: { zh: '核心专利', en: 'Core' },
  corePatent: { zh: '核心专利', en: 'Core patent' },
  side: { zh: '类别', en: 'Side' },
  owner: { zh: '权利人', en: 'Owner' },
  patents: { zh: '外围专利数', en: 'Peripheral patents' },
} as const satisfies Record<string, Bilingual>;
