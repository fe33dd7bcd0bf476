/** Sentences of the key-findings chapter (chapters/findings.ts), in both languages. */
import type { Bilingual } from '../report-context';

export const FINDINGS_TEXT = {
  intro: (p: { shown: number; total: number }): Bilingual =>
    p.shown === p.total
      ? {
          zh: `以下是各章得出的 ${p.total} 条主要结论，按重要性排列；每条注明出处章节，数字的依据见该章。`,
          en: `The ${p.total} key findings of the chapters, most important first; each names its chapter, where its numbers are explained.`,
        }
      : {
          zh: `各章共得出 ${p.total} 条结论，以下按重要性列出前 ${p.shown} 条；每条注明出处章节，数字的依据见该章。`,
          en: `The chapters gave ${p.total} findings; the ${p.shown} most important are listed, each with its chapter, where its numbers are explained.`,
        },
  item: (p: { text: string; number: number; title: string }): Bilingual => ({
    zh: `${p.text}（见第 ${p.number} 章“${p.title}”）`,
    en: `${p.text} (see chapter ${p.number}, ${p.title})`,
  }),
  none: {
    zh: '各章均未得出可列为主要结论的发现（范围内数据不足或章节未生成），请查看各章与“局限性说明”。',
    en: 'No chapter produced a finding to list here (too little data in scope, or chapters not generated); see the chapters and Limitations.',
  },
} as const;
