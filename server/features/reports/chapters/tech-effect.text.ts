/** Sentence templates of the technology–effect chapter, each in Chinese and English, with its numbers. */
import type { Bilingual } from '../report-context';

export const TECH_EFFECT_TEXT = {
  noChain: (): Bilingual => ({
    zh: '项目未设定产业链，技术功效矩阵按产业链的技术分支分行，因此无法生成。',
    en: 'The project sets no industry chain; the technology–effect matrix has the chain’s branches as rows, so it cannot be built.',
  }),
  noFamilies: (): Bilingual => ({
    zh: '项目范围内没有标注到技术分支的同族，无法生成技术功效矩阵。',
    en: 'No family in the project scope is tagged with a branch, so there is no technology–effect matrix.',
  }),
  summary: (p: {
    families: number;
    withEffect: number;
    rows: number;
    activeRows: number;
    effects: number;
    activeEffects: number;
    whiteSpace: number;
    apparent: number;
    tooFew: number;
    minExpected: number;
  }): Bilingual => ({
    zh: `矩阵覆盖 ${p.families} 个同族，其中 ${p.withEffect} 个读出了技术功效；共 ${p.rows} 个技术分支（活跃 ${p.activeRows} 个）× ${p.effects} 种功效（活跃 ${p.activeEffects} 种）。空白点候选 ${p.whiteSpace} 个，表面空白（措辞或分类差异所致）${p.apparent} 个；另有 ${p.tooFew} 个低值单元格因期望同族数不足 ${p.minExpected} 个而无法判断。比值仅供参考。`,
    en: `The matrix covers ${p.families} families, ${p.withEffect} with an effect read; ${p.rows} branches (${p.activeRows} active) × ${p.effects} effects (${p.activeEffects} active). ${p.whiteSpace} white-space candidates and ${p.apparent} apparent gaps (an artefact of wording or classification); ${p.tooFew} low cells cannot be judged because fewer than ${p.minExpected} families were expected there. Ratios are indicative.`,
  }),
  noCandidates: (): Bilingual => ({
    zh: '在现行阈值下没有可判断的空白点候选；这不表示该领域没有空白，只是数据不足以判断。',
    en: 'No white-space candidate can be judged under the thresholds used; this does not mean there is none, only that the data cannot tell.',
  }),
  figureTitle: (): Bilingual => ({ zh: '技术功效矩阵', en: 'Technology–effect matrix' }),
  legendBubble: (): Bilingual => ({
    zh: '行 = 技术分支，列 = 技术功效；气泡面积与数字 = 同时属于该分支并陈述该功效的同族数',
    en: 'Rows = branches, columns = effects; bubble area and number = families in the branch stating the effect',
  }),
  legendMarks: (): Bilingual => ({
    zh: '红色虚线框 = 空白点候选；橙色虚线框 = 表面空白；灰色虚线框 = 期望数不足、无法判断',
    en: 'Red dashed box = white-space candidate; orange = apparent gap; grey = too few expected to judge',
  }),
  legendCut: (rows: number, allRows: number, columns: number, allColumns: number): Bilingual => ({
    zh: `显示活跃的 ${rows} 个分支（共 ${allRows} 个）与同族最多的 ${columns} 种活跃功效（共 ${allColumns} 种）`,
    en: `Shows ${rows} active branches (of ${allRows}) and the ${columns} active effects with most families (of ${allColumns})`,
  }),
  tableCaption: (label: string): Bilingual => ({
    zh: `${label} 空白点候选与无法判断的低值单元格`,
    en: `${label} White-space candidates and low cells too few to judge`,
  }),
  tableNote: (shownTooFew: number, allTooFew: number): Bilingual => ({
    zh: `期望同族数 = 分支同族数 × 功效同族数 ÷ 矩阵同族数（若功效在分支间均匀分布），仅供参考。列出全部候选及期望数最大的 ${shownTooFew} 个数据不足单元格（共 ${allTooFew} 个）。`,
    en: `Expected families = branch families × effect families ÷ matrix families (if effects were spread evenly); indicative only. All candidates are listed, and the ${shownTooFew} too-few cells with the largest expected count (of ${allTooFew}).`,
  }),
  candidate: (p: { branch: string; effect: string; families: number; expected: string }): Bilingual => ({
    zh: `空白点候选「${p.branch} × ${p.effect}」：实有 ${p.families} 个同族，期望约 ${p.expected} 个。`,
    en: `White-space candidate "${p.branch} × ${p.effect}": ${p.families} families where about ${p.expected} were expected.`,
  }),
} as const;

export const CELL_KIND_TEXT: Record<string, Bilingual> = {
  white_space: { zh: '空白点候选', en: 'white space' },
  apparent_gap: { zh: '表面空白', en: 'apparent gap' },
  too_few: { zh: '数据不足', en: 'too few' },
};

export const TECH_EFFECT_COLUMNS = {
  branch: { zh: '技术分支', en: 'Branch' },
  effect: { zh: '技术功效', en: 'Effect' },
  kind: { zh: '判断', en: 'Kind' },
  families: { zh: '实有同族', en: 'Families' },
  expected: { zh: '期望同族', en: 'Expected' },
  reasons: { zh: '理由', en: 'Reasons' },
} as const satisfies Record<string, Bilingual>;
