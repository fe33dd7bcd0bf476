/**
 * Chapter "findings" (主要结论): the top findings of every other chapter by weight, at most
 * MAX_FINDINGS, each with a reference to its chapter. Built last (build-report.ts), from
 * `ctx.gathered`; ties in weight keep report order, then text order, so the list is stable.
 */
import { REPORT_CHAPTER_IDS, REPORT_CHAPTERS } from '@graph-schema/dto/report';
import type { ChapterBuilder, Finding } from '../report-context';
import { FINDINGS_TEXT } from './findings.text';

export const MAX_FINDINGS = 10;

const chapterRank = (finding: Finding) => REPORT_CHAPTER_IDS.indexOf(finding.chapter);

export function topFindings(findings: readonly Finding[], max = MAX_FINDINGS): Finding[] {
  return [...findings]
    .sort((a, b) => b.weight - a.weight || chapterRank(a) - chapterRank(b) || a.text.localeCompare(b.text))
    .slice(0, max);
}

export const buildFindingsChapter: ChapterBuilder = async (ctx) => {
  const all = ctx.gathered?.findings ?? [];
  if (all.length === 0)
    return {
      blocks: [{ kind: 'empty', code: 'report.findings.none', text: ctx.tr(FINDINGS_TEXT.none) }],
      findings: [],
      methods: [],
    };
  const top = topFindings(all);
  const items = top.map((finding) =>
    ctx.tr(
      FINDINGS_TEXT.item({
        text: finding.text,
        number: chapterRank(finding) + 1,
        title: REPORT_CHAPTERS[finding.chapter][ctx.language],
      }),
    ),
  );
  return {
    blocks: [
      {
        kind: 'paragraph',
        code: 'report.findings.intro',
        text: ctx.tr(FINDINGS_TEXT.intro({ shown: top.length, total: all.length })),
        evidence: [],
      },
      { kind: 'bullets', items },
    ],
    findings: [],
    methods: [],
  };
};
