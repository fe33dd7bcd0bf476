/**
 * Patent, Family and Office nodes with their properties as ingest writes them (ingest/load/rows.ts
 * and statements.ts). A real record carries what its export had; a publication known only from a
 * citation is a stub (`external: true`) with its id and office, until a record of it is loaded.
 */
import { z } from 'zod';
import { ClaimsJson } from '../vocabulary/claims';
import { FamilyKind } from '../vocabulary/family';
import { IsoDate } from '../vocabulary/iso-date';
import { LegalEventsJson } from '../vocabulary/legal-events';
import { InactiveReason, LegalStatus } from '../vocabulary/legal-status';
import { PatentType } from '../vocabulary/patent-type';
import { OfficeCode, PublicationId } from '../vocabulary/publication-number';

const Count = z.number().int().nonnegative();

/**
 * Bounds of the non-patent citation texts kept on a Patent (the count is not bounded). Real texts
 * run to a few hundred characters (USPTO grant `<nplcit>` texts, OPS search-report texts with their
 * passages; see test/fixtures/exports/uspto-related.xml and ops-npl.xml); the bounds keep one runaway export from bloating the node.
 */
export const NPL_TEXT_MAX_LENGTH = 1000;
export const NPL_TEXTS_MAX = 200;
const Year = z.number().int();
/** Stored as a Neo4j `Date`; read back as `YYYY-MM-DD` (graph-schema/db/convert.ts). */
const StoredDate = IsoDate;
/** Stored as a Neo4j `DateTime` set by the write itself; read back as an ISO string. */
const StoredDateTime = z.string();

export const PatentNode = z.strictObject({
  id: PublicationId,
  /** A citation stub, not loaded from any export. */
  external: z.boolean(),
  updatedAt: StoredDateTime.optional(),
  office: OfficeCode,
  /** The same office code; scope filters and indexes use this name. */
  jurisdiction: OfficeCode,
  number: z.string().min(1).optional(),
  kind: z.string().min(1).optional(),
  type: PatentType.optional(),
  isGrant: z.boolean().optional(),
  applicationNumber: z.string().min(1).optional(),
  priorityNumbers: z.array(z.string().min(1)).optional(),
  publicationDate: StoredDate.optional(),
  applicationDate: StoredDate.optional(),
  /** The earliest priority date; a first filing's own application date. */
  priorityDate: StoredDate.optional(),
  grantDate: StoredDate.optional(),
  /** One year per date basis, so counts can say which they used. */
  publicationYear: Year.optional(),
  applicationYear: Year.optional(),
  priorityYear: Year.optional(),
  titleZh: z.string().optional(),
  titleEn: z.string().optional(),
  abstractZh: z.string().optional(),
  abstractEn: z.string().optional(),
  claimsJson: ClaimsJson.optional(),
  /** Claim 1, else the first independent claim. */
  claim1: z.string().optional(),
  claim1Length: Count.optional(),
  claimsCount: Count.optional(),
  independentClaims: Count.optional(),
  /** Citing documents as the export counted them (Lens Cited Count, incoPat 被引证次数, PatSnap 被引用专利数). */
  citedCount: Count.optional(),
  /** The export format (`lens`, `incopat` …) whose record gave `citedCount`. */
  citedCountFormat: z.string().optional(),
  /** Non-patent citations the source lists (USPTO/OPS `<nplcit>`), also those whose text is not kept. */
  nplCitationCount: Count.optional(),
  /** Their texts as the source wrote them, in its order, within the bounds above. */
  nplCitations: z.array(z.string().min(1).max(NPL_TEXT_MAX_LENGTH)).max(NPL_TEXTS_MAX).optional(),
  /** The (:Family) key this publication is IN_FAMILY of. */
  familyId: z.string().min(1).optional(),
  /** How that family was formed (graph-schema/vocabulary/family.ts). */
  familyKind: FamilyKind.optional(),
  /** The family id the source system gave (incoPat, DOCDB …); system-specific. */
  sourceFamilyId: z.string().optional(),
  /** The claimed priority filings, sorted and space-joined (ingest/load/rows.ts prioritySignatureOf). */
  prioritySignature: z.string().min(1).optional(),
  familySize: Count.optional(),
  legalStatus: LegalStatus.optional(),
  /** The status as the export wrote it (`未缴年费`, `Expired`). */
  legalStatusRaw: z.string().optional(),
  /** Only on inactive patents whose source says why. */
  inactiveReason: InactiveReason.optional(),
  legalEventsJson: LegalEventsJson.optional(),
  /** Estimated (ingest/normalise/expiry.ts), with the rule applied in `expiryBasis`. */
  expiryDate: StoredDate.optional(),
  expiryBasis: z.string().optional(),
  cpcCodes: z.array(z.string()).optional(),
  ipcCodes: z.array(z.string()).optional(),
  cpcSubclasses: z.array(z.string()).optional(),
  ipcSubclasses: z.array(z.string()).optional(),
  sourceFile: z.string().optional(),
  /** 1-based line, spreadsheet row or document index in `sourceFile`. */
  sourceLine: Count.optional(),
  sourceFormat: z.string().optional(),
  /** Checksums of the (:Dataset)s that hold this record (ingest/load/statements.ts MERGE_PATENTS). */
  datasets: z.array(z.string()).optional(),
});
export type PatentNode = z.infer<typeof PatentNode>;

/** Properties every loaded record has (a citation stub has only id, office and jurisdiction). */
export const RECORD_PROPERTIES = [
  'number',
  'type',
  'familyId',
  'familyKind',
  'legalStatus',
  'sourceFile',
  'sourceLine',
  'sourceFormat',
] as const satisfies readonly (keyof PatentNode)[];

/** Properties stored as Neo4j `Date` (the writer converts the `YYYY-MM-DD` strings). */
export const PATENT_DATE_PROPERTIES = [
  'publicationDate',
  'applicationDate',
  'priorityDate',
  'grantDate',
  'expiryDate',
] as const satisfies readonly (keyof PatentNode)[];

/**
 * A family (graph-schema/vocabulary/family.ts), keyed by the exporter's simple-family id with its
 * system (`F:incopat:…`, `F:docdb:…`), else by its earliest priority filing (`P:CN201910123456`),
 * else the publication itself (`D:…`); see ingest/load/rows.ts familyKeyOf.
 */
export const FamilyNode = z.strictObject({
  id: z.string().regex(/^[PFD]:.+$/, 'expected P:, F: or D: followed by the family key'),
  kind: FamilyKind.optional(),
  /** Publication ids the exports named as members, also those not loaded. */
  memberIds: z.array(PublicationId).optional(),
});
export type FamilyNode = z.infer<typeof FamilyNode>;

export const OfficeNode = z.strictObject({ code: OfficeCode });
export type OfficeNode = z.infer<typeof OfficeNode>;
