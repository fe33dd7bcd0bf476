/**
 * Folds patent rows (one per publication in scope) into family records: the unit navigation
 * counts and ranks. Pure, so it is unit-tested without Neo4j.
 */
import type { FamilySizeSignal, ForwardCitationsSignal, SignalSource } from '@graph-schema/dto/core-patents';
import type { LegalStatus } from '@graph-schema/vocabulary/legal-status';
import { compareIds } from '@server/analytics/citation-graph';
import type { PatentEvent } from '@server/analytics/core-score-components';
import type { SnapshotPatentRow } from './snapshot-cypher';

export interface FamilyRecord {
  readonly familyId: string;
  /** Granted first, then with claims, then earliest published, then by id. */
  readonly representativeId: string;
  readonly memberIds: readonly string[];
  /** The members in scope as the dataset appendix lists them, in memberIds order. */
  readonly publications: readonly PublicationRecord[];
  /** How the family was formed (graph-schema/vocabulary/family.ts); null without a Family node. */
  readonly kind: string | null;
  readonly title: string | null;
  readonly applicant: { key: string; name: string } | null;
  readonly priorityYear: number | null;
  /** Earliest priority date as days since 1970 (0 when unknown); orders rescaled PageRank windows. */
  readonly priorityDay: number;
  /** Offices of every family member (also outside the scope). */
  readonly jurisdictions: readonly string[];
  /** max(members loaded, largest exported simple-family size); familySizeBasis says which. */
  readonly familySize: number;
  readonly familySizeBasis: FamilySizeSignal;
  /**
   * max(distinct citing families in the whole graph, largest exported cited count of a member):
   * both are lower bounds of the citations the family received (see forwardCitationsOf).
   */
  readonly forwardCitations: number;
  readonly forwardCitationsBasis: ForwardCitationsSignal;
  readonly claimsCount: number;
  /** Shortest claim 1 among members; null when no member has claim text. */
  readonly claim1Length: number | null;
  readonly independentClaims: number;
  /** The strongest status among members (active > pending > unknown > inactive). */
  readonly legalStatus: LegalStatus;
  /** Latest expiry among members. */
  readonly expiryDate: string | null;
  readonly events: readonly PatentEvent[];
  readonly inventors: readonly string[];
  /** CPC subclass (or WIPO field) × priority year, e.g. "H01M|2019". */
  readonly cohort: string;
}

/** One publication in scope, with the fields the report's Members sheet shows. */
export interface PublicationRecord {
  readonly id: string;
  readonly familyId: string | null;
  readonly office: string | null;
  readonly kind: string | null;
  readonly applicationDate: string | null;
  readonly priorityDate: string | null;
  readonly publicationDate: string | null;
  readonly grantDate: string | null;
  /** Applicant names in filing order (then by name). */
  readonly applicants: readonly string[];
}

interface Member {
  id: string;
  isGrant: boolean;
  claimsCount: number;
  publicationDate: string;
}

interface Accumulator {
  members: Member[];
  rows: Map<string, SnapshotPatentRow>;
  citing: Set<string>;
}

/** Families folded between two turns of the event loop (a few milliseconds of work). */
const FOLD_SLICE = 500;

const STATUS_STRENGTH: Record<LegalStatus, number> = { active: 3, pending: 2, unknown: 1, inactive: 0 };

/** Legal-event codes/descriptions → the events the presets score (zh and en wording). */
const EVENT_PATTERNS: readonly (readonly [PatentEvent, RegExp])[] = [
  ['litigation', /litigat|lawsuit|infring|invalidat|诉讼|无效/i],
  ['licence', /licen[cs]|许可/i],
  ['transfer', /transfer|assign|转让|权利人变更/i],
  ['pledge', /pledge|mortgage|质押/i],
  ['reexamination', /re-?exam|复审/i],
];

/** Family records ready to be put in graph order, and the publications they were folded from. */
export interface FoldedFamilies {
  readonly publications: number;
  recordsInSlices(): Promise<FamilyRecord[]>;
}

export class FamilyFolder implements FoldedFamilies {
  private readonly families = new Map<string, Accumulator>();
  publications = 0;

  add(row: SnapshotPatentRow): void {
    const id = row.id;
    this.publications++;
    const familyId = row.familyId ?? id;
    let family = this.families.get(familyId);
    if (!family) {
      family = { members: [], rows: new Map(), citing: new Set() };
      this.families.set(familyId, family);
    }
    family.members.push({
      id,
      isGrant: row.isGrant === true,
      claimsCount: row.claimsCount ?? 0,
      publicationDate: row.publicationDate ?? '9999',
    });
    family.rows.set(id, row);
    for (const citing of row.citingFamilies)
      if (citing !== null && citing !== familyId) family.citing.add(citing);
  }

  /**
   * The records in folding order, built in slices with a turn of the event loop between them,
   * so a 100k-family fold never holds other requests for more than a few milliseconds. The
   * caller puts them in canonical order (the snapshot graph task returns that order).
   */
  async recordsInSlices(sliceSize = FOLD_SLICE): Promise<FamilyRecord[]> {
    const records: FamilyRecord[] = [];
    for (const [familyId, family] of this.families) {
      records.push(toRecord(familyId, family));
      if (records.length % sliceSize === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    return records;
  }

  finish(): FamilyRecord[] {
    const records: FamilyRecord[] = [];
    for (const [familyId, family] of this.families) records.push(toRecord(familyId, family));
    // The citation graph's canonical node order, so family i is graph node i.
    return records.sort((a, b) => compareIds(a.familyId, b.familyId));
  }
}

function toRecord(familyId: string, family: Accumulator): FamilyRecord {
  const members = [...family.members].sort(
    (a, b) =>
      Number(b.isGrant) - Number(a.isGrant) ||
      Number(b.claimsCount > 0) - Number(a.claimsCount > 0) ||
      a.publicationDate.localeCompare(b.publicationDate) ||
      a.id.localeCompare(b.id),
  );
  const rows = members.map((member) => family.rows.get(member.id)!);
  const head = rows[0]!;
  const priorityDates = rows.flatMap((row) => row.priorityDate ?? []).sort();
  const priorityYears = rows.flatMap((row) => row.priorityYear ?? []);
  const priorityYear = priorityYears.length > 0 ? Math.min(...priorityYears) : null;
  const claim1Lengths = rows.flatMap((row) => row.claim1Length ?? []);
  const expiries = rows.flatMap((row) => row.expiryDate ?? []).sort();
  const forwardCitationsBasis = forwardCitationsOf(family.citing.size, rows);
  const familySizeBasis = familySizeOf(members.length, rows);
  const offices = rows.flatMap((row) => [
    ...(row.family?.memberIds ?? []).map((memberId) => memberId.slice(0, 2)),
    ...(row.jurisdiction ? [row.jurisdiction] : []),
  ]);
  return {
    familyId,
    representativeId: members[0]!.id,
    memberIds: members.map((member) => member.id),
    publications: rows.map(toPublication),
    kind: rows.find((row) => row.family?.kind)?.family?.kind ?? null,
    title: head.title,
    applicant: firstApplicant(head),
    priorityYear,
    priorityDay: priorityDates[0] ? Math.floor(Date.parse(priorityDates[0]) / 86_400_000) : 0,
    jurisdictions: [...new Set(offices)].sort(),
    familySize: familySizeBasis.value,
    familySizeBasis,
    forwardCitations: forwardCitationsBasis.value,
    forwardCitationsBasis,
    claimsCount: Math.max(0, ...rows.map((row) => row.claimsCount ?? 0)),
    claim1Length: claim1Lengths.length > 0 ? Math.min(...claim1Lengths) : null,
    independentClaims: Math.max(0, ...rows.map((row) => row.independentClaims ?? 0)),
    legalStatus: strongestStatus(rows),
    expiryDate: expiries.at(-1) ?? null,
    events: eventsOf(rows),
    inventors: [...new Set(rows.flatMap((row) => row.inventors))].sort(),
    cohort: `${cohortField(head)}|${priorityYear ?? 'unknown'}`,
  };
}

/**
 * Which of two lower bounds gave the value used: the larger, or both when they agree above zero.
 * An exported 0 with no links in the graph is the exporter's statement: the graph says nothing.
 */
function sourceOf(inCorpus: number, exported: number | null): SignalSource {
  if (exported === null || inCorpus > exported) return 'inCorpus';
  return exported > inCorpus || exported === 0 ? 'exporter' : 'both';
}

/**
 * An export's cited count counts documents citing that one publication, so members' counts
 * overlap (one citing document often cites the US and the EP member): their largest is a lower
 * bound of the family's citing documents, as the in-corpus citing families are. The larger of
 * the two is used; neither is summed.
 */
function forwardCitationsOf(inCorpus: number, rows: readonly SnapshotPatentRow[]): ForwardCitationsSignal {
  const counted = rows.filter((row) => row.citedCount !== null);
  const top = counted.reduce<SnapshotPatentRow | undefined>(
    (best, row) => (best === undefined || row.citedCount! > best.citedCount! ? row : best),
    undefined,
  );
  const exported = top?.citedCount ?? null;
  return {
    value: Math.max(inCorpus, exported ?? 0),
    source: sourceOf(inCorpus, exported),
    inCorpus,
    exported,
    exporter: top?.citedCountFormat ?? null,
    loadedOn: top?.updatedAt?.slice(0, 10) ?? null,
  };
}

/** Members loaded vs the largest simple-family size an export gave (members not loaded count there). */
function familySizeOf(inCorpus: number, rows: readonly SnapshotPatentRow[]): FamilySizeSignal {
  const sizes = rows.flatMap((row) => row.familySize ?? []);
  const exported = sizes.length > 0 ? Math.max(...sizes) : null;
  return {
    value: Math.max(inCorpus, exported ?? 0),
    source: sourceOf(inCorpus, exported),
    inCorpus,
    exported,
  };
}

function toPublication(row: SnapshotPatentRow): PublicationRecord {
  return {
    id: row.id,
    familyId: row.familyId,
    office: row.jurisdiction,
    kind: row.kind,
    applicationDate: row.applicationDate,
    priorityDate: row.priorityDate,
    publicationDate: row.publicationDate,
    grantDate: row.grantDate,
    // Two spellings merged into one curated entity name it once.
    applicants: [
      ...new Set(
        [...row.applicants]
          .sort((x, y) => (x.order ?? 0) - (y.order ?? 0) || x.name.localeCompare(y.name))
          .map((applicant) => applicant.name),
      ),
    ],
  };
}

function firstApplicant(row: SnapshotPatentRow): { key: string; name: string } | null {
  const first = [...row.applicants].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))[0];
  return first ? { key: first.key, name: first.name } : null;
}

function strongestStatus(rows: readonly SnapshotPatentRow[]): LegalStatus {
  const statuses = rows.map((row) => row.legalStatus ?? 'unknown');
  return statuses.reduce((best, status) => (STATUS_STRENGTH[status] > STATUS_STRENGTH[best] ? status : best));
}

function eventsOf(rows: readonly SnapshotPatentRow[]): PatentEvent[] {
  const found = new Set<PatentEvent>();
  for (const event of rows.flatMap((row) => row.legalEventsJson ?? [])) {
    const text = `${event.code} ${event.description ?? ''}`;
    for (const [kind, pattern] of EVENT_PATTERNS) if (pattern.test(text)) found.add(kind);
  }
  return [...found].sort();
}

/** The representative's first CPC subclass, else its WIPO field, else "unclassified". */
function cohortField(row: SnapshotPatentRow): string {
  return row.cpcSubclasses?.[0] ?? row.fields[0] ?? 'unclassified';
}
