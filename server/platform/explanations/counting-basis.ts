/**
 * The counting basis as the API documentation (/docs) states it: what a family is, how a count
 * is placed in a year, what the citation counts count. Built from the same vocabulary as the
 * per-answer basis sentences (basis.ts), so the two cannot drift; README.md "Counting basis"
 * says the same in prose.
 */
import { FAMILY_KIND_NAME, FAMILY_UNIT } from '@graph-schema/vocabulary/family';
import { BASIS_SENTENCE } from '../scope/scope-clause';

export const COUNTING_BASIS = [
  `**Family basis.** Counts are ${FAMILY_UNIT.en} — ${FAMILY_UNIT.zh}. Each patent's \`familyKind\` says which: ` +
    `\`exporter-simple\` = ${FAMILY_KIND_NAME['exporter-simple'].en} (incoPat / PatSnap 简单同族ID, EPO OPS family-id = DOCDB); ` +
    `\`earliest-priority\` = ${FAMILY_KIND_NAME['earliest-priority'].en}; \`publication\` = ${FAMILY_KIND_NAME.publication.en}. ` +
    'An earliest-priority family is not the simple family Lens or DOCDB count (exactly the same priorities): a continuation ' +
    'that adds a priority joins its parent, so it gives fewer families. A publication from a file without ids joins the ' +
    'exporter family of a loaded publication it names as a family member (or that names it).',
  `**Date basis.** \`dateBasis\` = priority (${BASIS_SENTENCE.priority.en}; a first filing's own application date), ` +
    `application (${BASIS_SENTENCE.application.en}) or publication (${BASIS_SENTENCE.publication.en}); ` +
    'a family is counted in the earliest year among its members in scope, and each answer says which basis it used.',
  '**Citation basis.** Citations are the CITES links the exports list (backward citations, and forward ones where an ' +
    'export lists citing publications); a publication known only from a citation is a stub outside every count. ' +
    "A patent's `citedBy` counts publications in the graph citing it; the citation map and main path link families " +
    '(citing family → cited family) when both are in scope.',
].join('\n\n');
