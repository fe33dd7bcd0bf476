/** Chapter "applicants" (graph-schema/dto/report.ts REPORT_CHAPTERS). PLACEHOLDER until its builder lands. */
import type { ChapterBuilder } from '../report-context';

export const buildApplicantsChapter: ChapterBuilder = async (ctx) => ({
  blocks: [
    {
      kind: 'empty',
      code: 'report.notBuilt',
      text: ctx.tr({ zh: '本章尚未生成。', en: 'This chapter is not generated yet.' }),
    },
  ],
  findings: [],
  methods: [],
});
