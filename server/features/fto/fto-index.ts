/**
 * The FTO retrieval index: BM25 over title + abstract + all claims of every loaded patent of every
 * office (CJK-aware tokenizer), each text also tagged with the concepts of the synonym table
 * (`syn:<id>` terms), so 无人机 meets "unmanned aerial vehicle". All offices are indexed because a
 * family member's text speaks for the family: a Chinese description that matches a CN text scores
 * that CN patent's EP and US members too (retrieve.ts). Each document keeps its office, family,
 * legal status, expiry and CPC codes so the filters apply per request. Built from one streaming
 * read, cached like snapshots, and built ahead of the first screening (fto-warm-up.ts). Families are
 * numbered (`familyOf`) so retrieval ranks them in typed arrays (retrieve.ts).
 *
 * Documents are tokenised as they stream in and kept as joined token strings (much smaller than
 * the raw text); the index's tokenizer recognises them by a marker and only splits them.
 */
import type { Database } from '@graph-schema/db/driver';
import type { LegalStatus } from '@graph-schema/vocabulary/legal-status';
import { type Bm25Hit, type Bm25Index, type Bm25Scores, bm25Builder } from '@server/analytics/text/bm25';
import { type ConceptMatch, type ConceptMatcher, conceptTerm } from '@server/analytics/text/concepts';
import { tokenize } from '@server/analytics/text/tokenize';
import { streamRows } from '@server/platform/db/read';
import { visiblePatentWhere } from '@server/platform/visibility/visibility';
import { type ChartRecords, chartRecordColumns } from './chart-records';
import { claimsText } from './claims';
import { FtoIndexRow, ftoIndexRows } from './fto-cypher';

const PRE_TOKENISED = '\u0002';
const TOKEN_SEPARATOR = '\u0001';

export interface FtoIndex {
  readonly size: number;
  readonly ids: readonly string[];
  readonly jurisdiction: readonly string[];
  readonly legalStatus: readonly LegalStatus[];
  readonly expiryDate: readonly (string | null)[];
  /** A document's CPC codes (kept joined: an array per document cost ~10× the bytes). */
  cpcCodesOf(doc: number): readonly string[];
  /** The concepts found in a document's text (evidence of a synonym match). */
  conceptsOf(doc: number): readonly ConceptMatch[];
  readonly matcher: ConceptMatcher;
  /** Each document's independent claims, title, first applicant, inactive reason (chart-records.ts). */
  readonly records: ChartRecords;
  /** The bytes the index holds, counted from its arrays and strings (the cache's size bound). */
  readonly estimatedBytes: number;
  /** Each document's family as a number (an index into `familyNames`), for typed-array work per query. */
  readonly familyOf: Int32Array;
  readonly familyNames: readonly string[];
  /** Documents of a family (its key; a patent without one is its own family), any office. */
  membersOf(family: string): readonly number[];
  /** Documents of a family by its number, any office, in index order. */
  membersOfFamily(family: number): number[];
  /** Every document matching at least one of the (already tokenised) terms, best first. */
  search(terms: readonly string[]): Bm25Hit[];
  /** Every matching document's score, unsorted (retrieval ranks families, not documents). */
  scoreAll(terms: readonly string[]): Bm25Scores;
}

const tokenizeForIndex = (text: string): string[] =>
  text.startsWith(PRE_TOKENISED) ? text.slice(1).split(TOKEN_SEPARATOR).filter(Boolean) : tokenize(text);

const preTokenised = (terms: readonly string[]) => PRE_TOKENISED + terms.join(TOKEN_SEPARATOR);

/** A text's index terms: its words, plus one `syn:<id>` term per concept found in it. */
export function indexTerms(text: string, concepts: readonly ConceptMatch[]): string[] {
  return [...tokenize(text), ...concepts.map((match) => conceptTerm(match.concept))];
}

export async function buildFtoIndex(db: Database, matcher: ConceptMatcher): Promise<FtoIndex> {
  // Only the request's visible patents are screened (platform/visibility): one index per workspace set.
  const visible = visiblePatentWhere('p');
  const columns = await streamRows(db, FtoIndexRow, ftoIndexRows(visible.where), visible.params, () =>
    columnCollector(matcher),
  );
  return indexOfColumns(columns, await columns.postings.finishInSlices());
}

/** The same index from rows in memory (tests, fixtures). */
export function ftoIndexOfRows(rows: readonly FtoIndexRow[], matcher: ConceptMatcher): FtoIndex {
  const collector = columnCollector(matcher);
  for (const row of rows) collector.onRow(row);
  const columns = collector.finish();
  return indexOfColumns(columns, columns.postings.finish());
}

/**
 * As the server builds it, from rows in memory (bench:fto-retrieval): rows tokenised in slices
 * (the server's streaming read yields between record batches), then the postings in slices.
 */
export async function ftoIndexOfRowsInSlices(
  rows: readonly FtoIndexRow[],
  matcher: ConceptMatcher,
  sliceSize = 500,
): Promise<FtoIndex> {
  const collector = columnCollector(matcher);
  for (let start = 0; start < rows.length; start += sliceSize) {
    for (const row of rows.slice(start, start + sliceSize)) collector.onRow(row);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const columns = collector.finish();
  return indexOfColumns(columns, await columns.postings.finishInSlices());
}

/** One instance per distinct value (offices, statuses, dates and concept matches repeat a lot). */
function interner<T>() {
  const known = new Map<string, T>();
  return (key: string, value: T): T => {
    const found = known.get(key);
    if (found !== undefined) return found;
    known.set(key, value);
    return value;
  };
}

/**
 * Per-document columns, filled as rows stream in; each document's terms go straight into the
 * postings builder (no text or token list is kept).
 */
function columnCollector(matcher: ConceptMatcher) {
  const strings = interner<string>();
  const matches = interner<ConceptMatch>();
  const conceptIds = new Map<ConceptMatch, number>();
  const state = {
    ids: [] as string[],
    jurisdiction: [] as string[],
    family: [] as string[],
    legalStatus: [] as LegalStatus[],
    expiryDate: [] as (string | null)[],
    cpcCodes: [] as string[],
    /** Concept matches of document d: conceptRefs[conceptEnds[d-1] … conceptEnds[d]) into conceptTable. */
    conceptTable: [] as ConceptMatch[],
    conceptRefs: [] as number[],
    conceptEnds: [] as number[],
    postings: bm25Builder({ tokenize: tokenizeForIndex }),
    records: chartRecordColumns(),
    stringChars: 0,
    matcher,
  };
  const conceptId = (match: ConceptMatch) => {
    const shared = matches(`${match.concept}\u0001${match.terms.join('\u0001')}`, match);
    let id = conceptIds.get(shared);
    if (id === undefined) {
      id = state.conceptTable.length;
      conceptIds.set(shared, id);
      state.conceptTable.push(shared);
    }
    return id;
  };
  return {
    onRow: (row: FtoIndexRow) => {
      const text = `${row.text} ${claimsText(row.claimsJson, row.claim1)}`;
      const concepts = matcher.find(text);
      state.ids.push(row.id);
      state.jurisdiction.push(strings(row.jurisdiction, row.jurisdiction));
      state.family.push(row.familyId ?? row.id);
      state.legalStatus.push(strings(row.legalStatus, row.legalStatus) as LegalStatus);
      state.expiryDate.push(row.expiryDate === null ? null : strings(row.expiryDate, row.expiryDate));
      state.cpcCodes.push(row.cpcCodes.join(CPC_SEPARATOR));
      for (const match of concepts) state.conceptRefs.push(conceptId(match));
      state.conceptEnds.push(state.conceptRefs.length);
      state.stringChars += row.id.length + (row.familyId?.length ?? 0) + state.cpcCodes.at(-1)!.length;
      state.postings.add(indexTerms(text, concepts));
      state.records.add(row);
    },
    finish: () => state,
  };
}

/** The per-document columns the stream fills. */
type FtoColumns = ReturnType<ReturnType<typeof columnCollector>['finish']>;

const CPC_SEPARATOR = '|';

function indexOfColumns(columns: FtoColumns, index: Bm25Index): FtoIndex {
  const families = familyNumbers(columns.family);
  const { conceptTable, conceptRefs, conceptEnds, cpcCodes } = columns;
  const refs = Int32Array.from(conceptRefs);
  const ends = Int32Array.from(conceptEnds);
  const size = columns.ids.length;
  const records = columns.records.finish();
  return {
    size,
    ids: columns.ids,
    jurisdiction: columns.jurisdiction,
    legalStatus: columns.legalStatus,
    expiryDate: columns.expiryDate,
    matcher: columns.matcher,
    records,
    cpcCodesOf: (doc) => (cpcCodes[doc] ? cpcCodes[doc]!.split(CPC_SEPARATOR) : []),
    conceptsOf: (doc) =>
      Array.from(refs.subarray(doc === 0 ? 0 : ends[doc - 1]!, ends[doc]!), (id) => conceptTable[id]!),
    // Strings at 2 bytes a character plus V8's ~20-byte header, pointers at 8, typed arrays as sized.
    estimatedBytes:
      columns.postings.bytes +
      columns.stringChars * 2 +
      size * (5 * 8 + 3 * 20 + 4 + 4 + 4) +
      refs.byteLength +
      families.familyNames.length * 40 +
      records.estimatedBytes,
    familyOf: families.familyOf,
    familyNames: families.familyNames,
    membersOf: (family) => {
      const number = families.familyNames.indexOf(family); // tests only: a scan is fine
      return number < 0 ? [] : families.membersOf(number);
    },
    membersOfFamily: families.membersOf,
    search: (terms) => index.search(preTokenised(terms), { limit: size }),
    scoreAll: (terms) => index.scoreAll(preTokenised(terms)),
  };
}

/**
 * Families numbered in order of first appearance; their members in CSR arrays (documents in
 * index order), so a million families cost two typed arrays, not a million small arrays.
 */
function familyNumbers(familyKeys: readonly string[]) {
  const numbers = new Map<string, number>();
  const familyOf = new Int32Array(familyKeys.length);
  const counts: number[] = [];
  familyKeys.forEach((family, doc) => {
    let number = numbers.get(family);
    if (number === undefined) {
      number = counts.length;
      numbers.set(family, number);
      counts.push(0);
    }
    counts[number]!++;
    familyOf[doc] = number;
  });
  const offsets = new Int32Array(counts.length + 1);
  for (let f = 0; f < counts.length; f++) offsets[f + 1] = offsets[f]! + counts[f]!;
  const cursor = offsets.slice(0, counts.length);
  const members = new Int32Array(familyKeys.length);
  for (let doc = 0; doc < familyKeys.length; doc++) members[cursor[familyOf[doc]!]!++] = doc;
  return {
    familyOf,
    familyNames: [...numbers.keys()],
    membersOf: (family: number): number[] =>
      family < 0 || family >= counts.length
        ? []
        : Array.from(members.subarray(offsets[family]!, offsets[family + 1]!)),
  };
}
