import { z } from 'zod';
import { FamilyKind } from '../vocabulary/family';
import { InactiveReason, LegalStatus } from '../vocabulary/legal-status';
import { PatentType } from '../vocabulary/patent-type';
import { compactPublicationNumber, PublicationId } from '../vocabulary/publication-number';
import { ProjectId } from './project-id';

export const PatentIdParams = z.object({
  id: z.string().trim().min(3).max(40).transform(compactPublicationNumber).pipe(PublicationId),
});

export const PatentQuery = z.object({
  project: ProjectId.optional().describe(
    "project id: the branch tags honour that project's hand includes/excludes",
  ),
});

const Named = z.object({ key: z.string(), name: z.string() });

/** Bounds of the drawer's lists, so one patent with thousands of citations stays one small answer. */
export const PATENT_LIST_CAP = 200;

/** A publication of the same family (any office), loaded or only named by an export. */
export const FamilyMember = z.object({
  id: z.string(),
  jurisdiction: z.string().nullable(),
  kind: z.string().nullable(),
  legalStatus: LegalStatus.nullable(),
  publicationDate: z.string().nullable(),
  /** false: an export named it as a member but no record of it is loaded (office from its number). */
  loaded: z.boolean(),
});
export type FamilyMember = z.infer<typeof FamilyMember>;

/** One claim as the export had it; `dependsOn` empty = independent claim. */
export const PatentClaim = z.object({
  number: z.number().int(),
  text: z.string(),
  independent: z.boolean(),
  dependsOn: z.array(z.number().int()),
});

/** A legal event as the source listed it (code or label, optional date and description). */
export const PatentLegalEvent = z.object({
  date: z.string().nullable(),
  code: z.string(),
  description: z.string().nullable(),
});

/** A citing or cited publication, enough to list it and open it. */
export const CitationLink = z.object({
  id: z.string(),
  external: z.boolean(),
  title: z.object({ zh: z.string().nullable(), en: z.string().nullable() }),
  publicationDate: z.string().nullable(),
});
export type CitationLink = z.infer<typeof CitationLink>;

/** The tagging rule that matched, in the chain-definition format (ingest/chains/schema.ts ChainRule). */
export const MatchedRule = z.object({
  id: z.string(),
  scheme: z.string().nullable(),
  classificationsInclude: z.array(z.string()),
  classificationsExclude: z.array(z.string()),
  keywordsAny: z.array(z.string()),
  keywordsAll: z.array(z.string()),
  keywordsExclude: z.array(z.string()),
});
export type MatchedRule = z.infer<typeof MatchedRule>;

/** A list cut at PATENT_LIST_CAP, with the full count so the cut is stated. */
const bounded = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int(), items: z.array(item) });

export const PatentDetail = z.object({
  id: z.string(),
  external: z.boolean(),
  jurisdiction: z.string().nullable(),
  kind: z.string().nullable(),
  type: PatentType.nullable(),
  title: z.object({ zh: z.string().nullable(), en: z.string().nullable() }),
  abstract: z.object({ zh: z.string().nullable(), en: z.string().nullable() }),
  publicationDate: z.string().nullable(),
  applicationDate: z.string().nullable(),
  priorityDate: z.string().nullable(),
  expiryDate: z.string().nullable(),
  expiryBasis: z.string().nullable(),
  legalStatus: LegalStatus.nullable(),
  legalStatusRaw: z.string().nullable(),
  /** Why an inactive patent is inactive, when its source said (lapsed, expired, revoked …). */
  inactiveReason: InactiveReason.nullable(),
  familyId: z.string().nullable(),
  /** How the family was formed: the exporter's simple-family id, the earliest priority, or the publication alone. */
  familyKind: FamilyKind.nullable().describe(
    'exporter-simple = the export gave its simple-family id (incoPat / PatSnap 简单同族ID, EPO OPS family-id = DOCDB); ' +
      'earliest-priority = publications sharing the earliest priority filing; publication = alone (no priority or application number)',
  ),
  applicants: z.array(Named),
  owners: z.array(Named),
  inventors: z.array(Named),
  cpc: z.array(z.string()),
  ipc: z.array(z.string()),
  claim1: z.string().nullable(),
  claimsCount: z.number().nullable(),
  citations: z.number().int().describe('backward: publications this patent cites'),
  citedBy: z.number().int().describe('forward: publications in the graph citing this patent'),
  /**
   * Counts as the export gave them, for what the graph cannot count itself: citing documents in the
   * exporter's whole database, the simple family with members not loaded, the claims without their text.
   */
  exporterCounts: z.object({
    citedBy: z
      .number()
      .int()
      .nullable()
      .describe('Lens Cited Count, incoPat 被引证次数, PatSnap 被引用专利数'),
    familySize: z
      .number()
      .int()
      .nullable()
      .describe('simple family size (Lens Simple Family Size, incoPat 简单同族个数)'),
    claimsCount: z.number().int().nullable().describe('claims count when the export gave no claim text'),
    exporter: z
      .string()
      .nullable()
      .describe("the cited count's export format, else the record's last export"),
    loadedOn: z
      .string()
      .nullable()
      .describe(
        'day the record was last loaded (UTC): exports carry no export date, the counts are as of this day or earlier',
      ),
  }),
  nplCitationCount: z
    .number()
    .int()
    .nullable()
    .describe(
      'non-patent literature (papers, standards, search reports) the source lists; null: the source gave none',
    ),
  nplCitations: z
    .array(z.string())
    .describe(
      'the non-patent citations as the source wrote them (at most 200, each at most 1000 characters)',
    ),
  branches: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      rule: z.string().nullable(),
      /** The rule's text (its classes and keywords), when the branch still defines that rule. */
      ruleDetail: MatchedRule.nullable().optional(),
      /** What matched: the class symbol and/or keyword (`H01M4/38 + silicon`). */
      matchedBy: z.string().nullable().optional(),
    }),
  ),
  source: z.object({
    file: z.string().nullable(),
    line: z.number().nullable(),
    format: z.string().nullable(),
  }),
  /** Every member of the family: loaded ones with office, kind, status; named-only ones by number. */
  familyMembers: bounded(FamilyMember).optional(),
  /** All claims with text, in claim order (empty when the export had no claim text). */
  claims: z.array(PatentClaim).optional(),
  /** The legal-event timeline, oldest first (undated events last, in the source's order). */
  legalEvents: z.array(PatentLegalEvent).optional(),
  /** Publications this patent cites, by id, at most PATENT_LIST_CAP. */
  citedPatents: bounded(CitationLink).optional(),
  /** Publications in the graph citing this patent, by id, at most PATENT_LIST_CAP. */
  citingPatents: bounded(CitationLink).optional(),
});
export type PatentDetail = z.infer<typeof PatentDetail>;
