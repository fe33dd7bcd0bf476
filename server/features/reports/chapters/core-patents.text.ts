/** Sentence templates of the core-patents chapter, each in Chinese and English, with its numbers. */
import type { Bilingual } from '../report-context';

export const CORE_TEXT = {
  noFamilies: (): Bilingual => ({
    zh: '项目范围内没有可评分的专利同族，无法给出核心专利。',
    en: 'The project scope holds no families to score, so no core patents can be named.',
  }),
  summary: (p: {
    preset: string;
    scale: number;
    families: number;
    citationEdges: number;
    coreShare: string;
    core: number;
    shown: number;
  }): Bilingual => ({
    zh: `按「${p.preset}」权重方案（满分 ${p.scale}）对范围内 ${p.families} 个同族（引用关系 ${p.citationEdges} 条）评分，得分前 ${p.coreShare} 的 ${p.core} 个同族标为核心专利；下表列出前 ${p.shown} 个及每个分量的贡献。`,
    en: `Scored with the "${p.preset}" preset (maximum ${p.scale}) over ${p.families} families in scope (${p.citationEdges} citation links); the top ${p.coreShare}, ${p.core} families, are flagged core. The table lists the first ${p.shown} with every component's contribution.`,
  }),
  top: (p: {
    patentId: string;
    title: string;
    applicant: string;
    score: string;
    scale: number;
  }): Bilingual => ({
    zh: `得分最高的是 ${p.patentId}《${p.title}》（${p.applicant}），${p.score} 分（满分 ${p.scale}）。`,
    en: `The highest score is ${p.patentId} "${p.title}" (${p.applicant}): ${p.score} of ${p.scale}.`,
  }),
  forwardBasis: (sentence: string): Bilingual => ({
    zh: `被引次数的口径：${sentence}`,
    en: `How forward citations were counted: ${sentence}`,
  }),
  flat: (list: string): Bilingual => ({
    zh: `以下分量在本范围内对所有同族取值相同，不区分排名（表中标“平”）：${list}。`,
    en: `These components take the same value for every family in this scope and rank nothing (marked "flat" in the table): ${list}.`,
  }),
  noFlat: (): Bilingual => ({
    zh: '本范围内每个加权分量都区分了同族。',
    en: 'Every weighted component separates families in this scope.',
  }),
  tableCaption: (label: string, shown: number): Bilingual => ({
    zh: `${label} 核心专利前 ${shown} 名及评分分量`,
    en: `${label} The top ${shown} core patents with their score components`,
  }),
  tableNote: (scale: number): Bilingual => ({
    zh: `分量列为该分量对总分的贡献（归一化值 × 权重 × ${scale}），各分量之和即总分；“平”= 该分量在本范围内无区分度。`,
    en: `Component columns give each component's contribution (normalised × weight × ${scale}); they sum to the score. "flat" = the component separates nothing in this scope.`,
  }),
  flatMark: (): Bilingual => ({ zh: '（平）', en: ' (flat)' }),
  untitled: (): Bilingual => ({ zh: '无标题', en: 'untitled' }),
  noApplicant: (): Bilingual => ({ zh: '申请人不详', en: 'applicant unknown' }),
} as const;

export const CORE_COLUMNS = {
  rank: { zh: '排名', en: 'Rank' },
  patent: { zh: '公开号', en: 'Publication' },
  title: { zh: '标题', en: 'Title' },
  applicant: { zh: '第一申请人', en: 'First applicant' },
  year: { zh: '优先权年', en: 'Priority year' },
  score: { zh: '总分', en: 'Score' },
  core: { zh: '核心', en: 'Core' },
} as const satisfies Record<string, Bilingual>;
