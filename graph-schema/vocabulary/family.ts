/**
 * The family: the unit navigation counts. One term, defined once here and used in every basis
 * sentence (server/platform/explanations/basis.ts, web/src/i18n), the README and the API docs.
 *
 * What ingest computes (ingest/load/rows.ts familyKeyOf) is NOT the textbook simple family
 * (publications sharing exactly the same priorities, as Lens and EPO DOCDB count it):
 * - where the export gives its own simple-family id (incoPat / PatSnap `简单同族ID`, the EPO OPS
 *   `family-id` attribute, which is the DOCDB simple family), that id is the family (`exporter-simple`);
 * - otherwise publications that share their earliest priority filing form one family
 *   (`earliest-priority`); a first filing claims no priority, so its own application stands in.
 *   This groups a continuation or a later filing adding priorities with its parent, so it counts
 *   fewer families than a simple-family count of the same set (Lens 1,606 vs PatNav 1,578 in issue 10);
 * - a publication with neither an id nor an application number is its own family (`publication`).
 * See docs/decisions/2026-12-04-family-kinds.md.
 */
import { z } from 'zod';

/** Weakest first: a publication's family is only ever replaced by one of the same or a stronger kind. */
export const FAMILY_KINDS = ['publication', 'earliest-priority', 'exporter-simple'] as const;
export const FamilyKind = z.enum(FAMILY_KINDS);
export type FamilyKind = z.infer<typeof FamilyKind>;

export const familyKindRank = (kind: FamilyKind): number => FAMILY_KINDS.indexOf(kind);

/** The name of each kind, for a patent's details and the docs. */
export const FAMILY_KIND_NAME: Record<FamilyKind, { en: string; zh: string }> = {
  'exporter-simple': {
    en: 'simple family as the exporter groups it (its family id)',
    zh: '导出方的简单同族（按其同族ID）',
  },
  'earliest-priority': {
    en: 'earliest-priority family (publications sharing the earliest priority filing)',
    zh: '按最早优先权归并的同族',
  },
  publication: {
    en: 'single publication (no priority or application number known)',
    zh: '单篇文献（无优先权号与申请号）',
  },
};

/**
 * The count unit as every basis sentence states it. Kept short enough to repeat; the kinds are
 * spelled out above and in the README glossary.
 */
export const FAMILY_UNIT = {
  en: 'families (the exporter’s simple family where the export gives its family id, else publications sharing the earliest priority filing)',
  zh: '同族（导出数据给出简单同族ID的按其简单同族，否则按最早优先权归并）',
} as const;
