/**
 * The canonical patent record: every reader maps its format to this shape, and the loader only
 * ever sees this shape. Fields a source does not carry stay empty (never invented).
 */
import type { IngestRejectionCode, IngestWarningCode } from '@graph-schema/dto/ingest-problems';
import { Claim } from '@graph-schema/vocabulary/claims';
import { ClassificationScheme } from '@graph-schema/vocabulary/classification';
import { IsoDate } from '@graph-schema/vocabulary/iso-date';
import { LegalEvent } from '@graph-schema/vocabulary/legal-events';
import { LegalStatus } from '@graph-schema/vocabulary/legal-status';
import { PartyKind } from '@graph-schema/vocabulary/parties';
import { PatentType } from '@graph-schema/vocabulary/patent-type';
import { OfficeCode, PublicationId } from '@graph-schema/vocabulary/publication-number';
import { z } from 'zod';

// Dates are ISO `YYYY-MM-DD` (IsoDate): readers convert dd/mm/yy, Excel serials, YYYYMMDD … first.

/** A bilingual text; either language may be missing. */
export const LocalisedText = z.object({ zh: z.string().optional(), en: z.string().optional() });
export type LocalisedText = z.infer<typeof LocalisedText>;

/**
 * A patent document number split into office (jurisdiction) + number + kind code.
 * `id` is the normalised key used in the graph: `CN112345678A`, `US10123456B2`, `EP2400812A1`.
 */
export const DocNumber = z.object({
  id: z.string().min(3),
  office: OfficeCode,
  number: z.string().min(1),
  kind: z.string().optional(),
});
export type DocNumber = z.infer<typeof DocNumber>;
/** A publication (not an application) number: what the graph keys Patent nodes by. */
const PublicationNumber = DocNumber.extend({ id: PublicationId });

/** A parsed IPC/CPC symbol, e.g. H01M 10/0525 → section H, class H01, subclass H01M, group H01M10/00, subgroup H01M10/0525. */
export const Classification = z.object({
  scheme: ClassificationScheme,
  symbol: z.string(), // normalised: 'H01M10/0525'
  section: z.string().length(1),
  class: z.string().length(3),
  subclass: z.string().length(4),
  mainGroup: z.string().optional(), // 'H01M10/00'
  subgroup: z.string().optional(), // 'H01M10/0525'
  inventive: z.boolean().optional(),
});
export type Classification = z.infer<typeof Classification>;

export const Party = z.object({
  /** The name as written in the source. */
  raw: z.string().min(1),
  /** Other spellings of the same party in the same record (same key), as written: kept as aliases. */
  alsoWritten: z.array(z.string().min(1)).optional(),
  /** Normalised key used to merge spellings of the same party (see ingest/normalise). */
  key: z.string().min(1),
  /** Display name chosen for the party. */
  name: z.string().min(1),
  kind: PartyKind,
  country: z.string().optional(),
});
export type Party = z.infer<typeof Party>;

export const SourceRef = z.object({
  file: z.string(),
  /** 1-based line (text formats) or row (spreadsheets) or document index (XML bulk files). */
  line: z.number().int().nonnegative(),
  format: z.string(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const PatentRecord = z.object({
  publication: PublicationNumber,
  application: DocNumber.optional(),
  priorities: z.array(z.object({ number: DocNumber, date: IsoDate.optional() })),
  publicationDate: IsoDate.optional(),
  applicationDate: IsoDate.optional(),
  priorityDate: IsoDate.optional(),
  grantDate: IsoDate.optional(),
  type: PatentType,
  isGrant: z.boolean().optional(),
  title: LocalisedText,
  abstract: LocalisedText,
  claims: z.array(Claim),
  /** Number of claims when the source gives a count but not the text. */
  claimsCount: z.number().int().nonnegative().optional(),
  applicants: z.array(Party),
  owners: z.array(Party),
  inventors: z.array(Party),
  classifications: z.array(Classification),
  /** Backward citations: publications this record cites. */
  citations: z.array(PublicationNumber),
  /** Forward citations where the source lists them (publications citing this record). */
  citedBy: z.array(PublicationNumber),
  citedCount: z.number().int().nonnegative().optional(),
  /** Non-patent literature the record cites, as the source wrote it (bounded: ingest/readers/xml-references.ts). */
  nplCitations: z.array(z.string().min(1)).optional(),
  /** How many non-patent citations the source lists (also those whose text is not kept). */
  nplCitationCount: z.number().int().nonnegative().optional(),
  familyId: z.string().optional(),
  familyMembers: z.array(PublicationNumber),
  familySize: z.number().int().nonnegative().optional(),
  legal: z.object({
    status: LegalStatus,
    raw: z.string().optional(),
    events: z.array(LegalEvent),
  }),
  source: SourceRef,
});
export type PatentRecord = z.infer<typeof PatentRecord>;

/** A record a reader could not turn into a PatentRecord: counted by code, reported, quarantined. */
export interface RejectedRecord {
  source: SourceRef;
  code: IngestRejectionCode;
  /** What was wrong, in English, naming the value (`unreadable date "31/02/09"`). */
  message: string;
  field?: string;
  /** A short excerpt of the raw input for the quarantine file. */
  excerpt?: string;
}

/** A value left out of a good record because it could not be read; the record's source locates it. */
export interface RecordWarning {
  code: IngestWarningCode;
  message: string;
  field?: string;
}

/**
 * What every reader yields: a good record or a rejection, in input order. `warnings` lists values
 * of a good record that were left out because they could not be read (e.g. an unparsable
 * classification symbol), so nothing is dropped silently.
 */
export type ReadResult =
  | { ok: true; record: PatentRecord; warnings?: RecordWarning[] }
  | { ok: false; rejected: RejectedRecord };

/**
 * A record that carries only its publication and source, with every list empty and nothing
 * invented: what a reader starts from before filling in fields, and what tests spread over.
 */
export function emptyRecord(
  publication: DocNumber,
  source: SourceRef,
  type: PatentType = 'unknown',
): PatentRecord {
  return {
    publication,
    priorities: [],
    type,
    title: {},
    abstract: {},
    claims: [],
    applicants: [],
    owners: [],
    inventors: [],
    classifications: [],
    citations: [],
    citedBy: [],
    familyMembers: [],
    legal: { status: 'unknown', events: [] },
    source,
  };
}
