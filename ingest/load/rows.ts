/**
 * Turns canonical records into the flat parameter rows the loader's UNWIND statements take.
 * Pure: no database. Null/undefined properties are dropped, so `SET p += props` never erases a
 * value that an earlier, richer export set (a newer export only overwrites what it carries).
 * Every batch is checked against graph-schema's stored model (stored-rows.ts) before it is returned.
 */
import type { PatentNode } from '@graph-schema/stored/patent';
import { ClaimsJson } from '@graph-schema/vocabulary/claims';
import type { ClassificationLevel } from '@graph-schema/vocabulary/classification';
import type { FamilyKind } from '@graph-schema/vocabulary/family';
import { LegalEventsJson } from '@graph-schema/vocabulary/legal-events';
import type { PartyKind } from '@graph-schema/vocabulary/parties';
import type { z } from 'zod';
import { inactiveReasonOf } from '../normalise/legal-status';
import type { Classification, DocNumber, Party, PatentRecord } from '../record';
import { checkBatchRows } from './stored-rows';

export interface BranchTag {
  chainId: string;
  branchId: string;
  ruleId: string;
  matchedBy: string;
}
export interface FieldTag {
  fieldId: string;
}
export interface LoadableRecord {
  record: PatentRecord;
  branches: BranchTag[];
  fields: FieldTag[];
  expiry?: { date: string; basis: string };
}

/**
 * The properties a record sets on its Patent node; dates as `YYYY-MM-DD` until the loader converts
 * them. `familyId` and `familyKind` are not among them: MERGE_FAMILIES sets them, because a
 * weaker family kind must not overwrite a stronger one a publication already has.
 */
export type PatentProps = Omit<
  z.input<typeof PatentNode>,
  'id' | 'external' | 'updatedAt' | 'familyId' | 'familyKind'
>;
export interface PatentRow {
  id: string;
  familyId: string;
  familyKind: FamilyKind;
  office: string;
  props: PatentProps;
  /**
   * Properties this record says must be absent, set to null so `SET p += cleared` removes them.
   * `props` never erases (a file without a column keeps what another gave), so what a record
   * contradicts rather than omits has to be said here.
   */
  cleared: ClearedProps;
}

/** Derived properties a record can contradict: see clearedPropsOf. */
export type ClearedProps = Partial<Record<'expiryDate' | 'inactiveReason', null>>;

/**
 * A WO publication never has an expiry (ingest/normalise/expiry.ts), so one stored before that rule
 * goes; a status other than inactive leaves no inactive reason behind from an older export.
 */
export function clearedPropsOf(record: PatentRecord): ClearedProps {
  const cleared: ClearedProps = {};
  if (record.publication.office === 'WO') cleared.expiryDate = null;
  if (record.legal.status === 'active' || record.legal.status === 'pending') cleared.inactiveReason = null;
  return cleared;
}
/** A publication's own family, and the publications its export names as members of it. */
export interface FamilyRow {
  id: string;
  familyId: string;
  familyKind: FamilyKind;
  members: string[];
  /** The publication's priority set (prioritySignatureOf), null when it has none. */
  signature: string | null;
}
export interface PartyRow {
  key: string;
  name: string;
  kind: PartyKind;
  /** Every spelling of this party in the batch, as written, first seen first: kept as aliases. */
  spellings: string[];
}
export interface LinkRow {
  id: string;
  key: string;
  order: number;
}
/** A FILED_BY / OWNED_BY link keeps how the record spelled the applicant and the file it came from. */
export interface ApplicantLinkRow extends LinkRow {
  spellings: string[];
  sourceFile: string;
}
export interface ClassNodeRow {
  code: string;
  level: ClassificationLevel;
  parent: string | null;
}
export interface ClassLinkRow {
  id: string;
  code: string;
}
export interface CitationRow {
  from: string;
  to: string;
  toOffice: string;
  /** Which record stated it: the citing one (`cites`, its own list) or the cited one (`citedBy`). */
  via: 'cites' | 'citedBy';
}
export interface TagRow {
  id: string;
  branchId: string;
  chainId: string;
  ruleId: string;
  matchedBy: string;
}

export interface BatchRows {
  patents: PatentRow[];
  families: FamilyRow[];
  /** One row per family: every member id this batch names. */
  familyMembers: Array<{ familyId: string; familyKind: FamilyKind; members: string[] }>;
  applicants: PartyRow[];
  inventors: PartyRow[];
  filedBy: ApplicantLinkRow[];
  ownedBy: ApplicantLinkRow[];
  inventedBy: LinkRow[];
  ipcNodes: ClassNodeRow[];
  cpcNodes: ClassNodeRow[];
  ipcLinks: ClassLinkRow[];
  cpcLinks: ClassLinkRow[];
  citations: CitationRow[];
  tags: TagRow[];
  fields: Array<{ id: string; fieldId: string }>;
}

const year = (iso: string | undefined) => (iso ? Number(iso.slice(0, 4)) : undefined);

/** Family id systems by export format: EPO OPS's `family-id` is the DOCDB simple family. */
const FAMILY_ID_SYSTEM: Readonly<Record<string, string>> = { 'epo-ops-xml': 'docdb' };

export interface FamilyKey {
  /** The (:Family) id: `F:<system>:<id>`, `P:<earliest priority number>` or `D:<publication>`. */
  id: string;
  kind: FamilyKind;
}

/**
 * The family a publication belongs to (graph-schema/vocabulary/family.ts). The exporter's own
 * simple-family id wins when the export gives one, so counts match the exporter's; it is prefixed
 * with its system because incoPat's and PatSnap's ids are numbered independently. Otherwise the
 * earliest priority filing keys the family, so members exported from different databases meet: a
 * first filing claims no priority and is its own priority, so its application number stands in.
 */
export function familyKeyOf(record: PatentRecord): FamilyKey {
  if (record.familyId) {
    const system = FAMILY_ID_SYSTEM[record.source.format] ?? record.source.format;
    return { id: `F:${system}:${record.familyId}`, kind: 'exporter-simple' };
  }
  const earliest = [...record.priorities].sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.number.id.localeCompare(b.number.id),
  )[0];
  if (earliest) return { id: `P:${earliest.number.id}`, kind: 'earliest-priority' };
  if (record.application) return { id: `P:${record.application.id}`, kind: 'earliest-priority' };
  return { id: `D:${record.publication.id}`, kind: 'publication' };
}

/**
 * The set of priority filings a publication claims, sorted and space-joined; a first filing's own
 * application stands in, as in familyKeyOf. Publications with equal sets are one simple family by
 * its definition (Lens, EPO DOCDB), which is how a publication from an export without family ids
 * finds the exporter's family of another member (ingest/load/statements.ts).
 */
export function prioritySignatureOf(record: PatentRecord): string | undefined {
  const ids = [...new Set(record.priorities.map((priority) => priority.number.id))].sort();
  if (ids.length > 0) return ids.join(' ');
  return record.application?.id;
}

function compact<T extends object>(props: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as T;
}

function patentProps(item: LoadableRecord): PatentProps {
  const r = item.record;
  const independent = r.claims.filter((c) => c.dependsOn.length === 0);
  const claim1 = r.claims.find((c) => c.number === 1) ?? independent[0];
  return compact({
    office: r.publication.office,
    jurisdiction: r.publication.office,
    number: r.publication.number,
    kind: r.publication.kind,
    type: r.type,
    isGrant: r.isGrant,
    applicationNumber: r.application?.id,
    priorityNumbers: r.priorities.map((p) => p.number.id),
    publicationDate: r.publicationDate,
    applicationDate: r.applicationDate,
    priorityDate: r.priorityDate ?? r.applicationDate,
    grantDate: r.grantDate,
    publicationYear: year(r.publicationDate),
    applicationYear: year(r.applicationDate),
    // A first filing is its own priority: fall back to the application date so no patent drops out.
    priorityYear: year(r.priorityDate ?? r.applicationDate),
    titleZh: r.title.zh,
    titleEn: r.title.en,
    abstractZh: r.abstract.zh,
    abstractEn: r.abstract.en,
    claimsJson: r.claims.length > 0 ? ClaimsJson.encode(r.claims) : undefined,
    claim1: claim1?.text,
    claim1Length: claim1?.text.length,
    claimsCount: r.claims.length > 0 ? r.claims.length : r.claimsCount,
    independentClaims: r.claims.length > 0 ? independent.length : undefined,
    citedCount: r.citedCount,
    // A later export of another format without a count leaves the count, so its source is kept with it.
    citedCountFormat: r.citedCount === undefined ? undefined : r.source.format,
    nplCitationCount: r.nplCitationCount ?? r.nplCitations?.length,
    nplCitations: r.nplCitations,
    sourceFamilyId: r.familyId,
    prioritySignature: prioritySignatureOf(r),
    familySize: r.familySize,
    legalStatus: r.legal.status,
    legalStatusRaw: r.legal.raw,
    inactiveReason:
      r.legal.status === 'inactive'
        ? inactiveReasonOf(r.legal.raw, r.legal.events, r.publication.office)
        : undefined,
    legalEventsJson: r.legal.events.length > 0 ? LegalEventsJson.encode(r.legal.events) : undefined,
    expiryDate: item.expiry?.date,
    expiryBasis: item.expiry?.basis,
    cpcCodes: unique(r.classifications.filter((c) => c.scheme === 'CPC').map((c) => c.symbol)),
    ipcCodes: unique(r.classifications.filter((c) => c.scheme === 'IPC').map((c) => c.symbol)),
    cpcSubclasses: unique(r.classifications.filter((c) => c.scheme === 'CPC').map((c) => c.subclass)),
    ipcSubclasses: unique(r.classifications.filter((c) => c.scheme === 'IPC').map((c) => c.subclass)),
    sourceFile: r.source.file,
    sourceLine: r.source.line,
    sourceFormat: r.source.format,
  });
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** The hierarchy of one symbol, most specific first: subgroup → main group → subclass → class → section. */
export function classificationChain(c: Classification): ClassNodeRow[] {
  const levels: Array<[string | undefined, ClassificationLevel]> = [
    [c.subgroup !== c.mainGroup ? c.subgroup : undefined, 'subgroup'],
    [c.mainGroup, 'main_group'],
    [c.subclass, 'subclass'],
    [c.class, 'class'],
    [c.section, 'section'],
  ];
  const present = levels.filter((l): l is [string, ClassificationLevel] => Boolean(l[0]));
  return present.map(([code, level], i) => ({ code, level, parent: present[i + 1]?.[0] ?? null }));
}

const spellingsOf = (party: Party) => [party.raw, ...(party.alsoWritten ?? [])];

/** Adds the parties to the batch's node rows, merging the spellings of a key seen in several records. */
function addPartyNodes(target: Map<string, PartyRow>, parties: Party[]): void {
  for (const party of parties) {
    const row = target.get(party.key);
    if (!row) {
      target.set(party.key, {
        key: party.key,
        name: party.name,
        kind: party.kind,
        spellings: spellingsOf(party),
      });
      continue;
    }
    for (const spelling of spellingsOf(party))
      if (!row.spellings.includes(spelling)) row.spellings.push(spelling);
  }
}

function addApplicants(
  target: Map<string, PartyRow>,
  links: ApplicantLinkRow[],
  r: PatentRecord,
  parties: Party[],
) {
  addPartyNodes(target, parties);
  parties.forEach((party, order) => {
    links.push({
      id: r.publication.id,
      key: party.key,
      order,
      spellings: spellingsOf(party),
      sourceFile: r.source.file,
    });
  });
}

function addInventors(target: Map<string, PartyRow>, links: LinkRow[], id: string, parties: Party[]): void {
  addPartyNodes(target, parties);
  parties.forEach((party, order) => {
    links.push({ id, key: party.key, order });
  });
}

function addClasses(
  nodes: Map<string, ClassNodeRow>,
  links: ClassLinkRow[],
  id: string,
  list: Classification[],
) {
  for (const c of list) {
    for (const node of classificationChain(c)) if (!nodes.has(node.code)) nodes.set(node.code, node);
    links.push({ id, code: c.subgroup ?? c.mainGroup ?? c.subclass });
  }
}

const citationRow = (from: string, to: DocNumber): CitationRow => ({
  from,
  to: to.id,
  toOffice: to.office,
  via: 'cites',
});

export function toBatchRows(items: LoadableRecord[]): BatchRows {
  const applicants = new Map<string, PartyRow>();
  const inventors = new Map<string, PartyRow>();
  const ipcNodes = new Map<string, ClassNodeRow>();
  const cpcNodes = new Map<string, ClassNodeRow>();
  const familyMembers = new Map<string, { kind: FamilyKind; members: Set<string> }>();
  const rows: BatchRows = {
    patents: [],
    families: [],
    familyMembers: [],
    applicants: [],
    inventors: [],
    filedBy: [],
    ownedBy: [],
    inventedBy: [],
    ipcNodes: [],
    cpcNodes: [],
    ipcLinks: [],
    cpcLinks: [],
    citations: [],
    tags: [],
    fields: [],
  };
  for (const item of items) {
    const r = item.record;
    const id = r.publication.id;
    const family = familyKeyOf(r);
    const named = r.familyMembers.map((m) => m.id).filter((member) => member !== id);
    rows.patents.push({
      id,
      familyId: family.id,
      familyKind: family.kind,
      office: r.publication.office,
      props: patentProps(item),
      cleared: clearedPropsOf(r),
    });
    rows.families.push({
      id,
      familyId: family.id,
      familyKind: family.kind,
      members: named,
      signature: prioritySignatureOf(r) ?? null,
    });
    const members = familyMembers.get(family.id)?.members ?? new Set<string>();
    for (const member of [id, ...named]) members.add(member);
    familyMembers.set(family.id, { kind: family.kind, members });
    addApplicants(applicants, rows.filedBy, r, r.applicants);
    addApplicants(applicants, rows.ownedBy, r, r.owners);
    addInventors(inventors, rows.inventedBy, id, r.inventors);
    addClasses(
      ipcNodes,
      rows.ipcLinks,
      id,
      r.classifications.filter((c) => c.scheme === 'IPC'),
    );
    addClasses(
      cpcNodes,
      rows.cpcLinks,
      id,
      r.classifications.filter((c) => c.scheme === 'CPC'),
    );
    for (const cited of r.citations) if (cited.id !== id) rows.citations.push(citationRow(id, cited));
    for (const citing of r.citedBy) {
      if (citing.id !== id)
        rows.citations.push({ from: citing.id, to: id, toOffice: r.publication.office, via: 'citedBy' });
    }
    for (const tag of item.branches) rows.tags.push({ id, ...tag });
    for (const field of item.fields) rows.fields.push({ id, fieldId: field.fieldId });
  }
  rows.familyMembers = [...familyMembers].map(([familyId, { kind, members }]) => ({
    familyId,
    familyKind: kind,
    members: [...members],
  }));
  rows.applicants = [...applicants.values()];
  rows.inventors = [...inventors.values()];
  rows.ipcNodes = [...ipcNodes.values()];
  rows.cpcNodes = [...cpcNodes.values()];
  checkBatchRows(rows);
  return rows;
}
