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
import {
  type Bm25Hit,
  type Bm25Index,
  type Bm25Scores,
  buildBm25Index,
  buildBm25IndexInSlices,
} from '@server/analytics/text/bm25';
import { type ConceptMatch, type ConceptMatcher, conceptTerm } from '@server/analytics/text/concepts';
import { tokenize } from '@server/analytics/text/tokenize';
import { streamRows } from '@server/platform/db/read';
import { visiblePatentWhere } from '@server/platform/visibility/visibility';
import { claimsText } from './claims';
import { FtoIndexRow, ftoIndexRows } from './fto-cypher';

const PRE_TOKENISED = '\u0002';
const TOKEN_SEPARATOR = '\u0001';

export interface FtoIndex {
  readonly size: number;
  readonly ids: readonly string[];
  readonly jurisdiction: readonly string[];
  /** The family key (a patent without one is its own family). */
  readonly family: readonly string[];
  readonly legalStatus: readonly LegalStatus[];
  readonly expiryDate: readonly (string | null)[];
  readonly cpcCodes: readonly (readonly string[])[];
  /** The concepts found in each document's text (evidence of a synonym match). */
  readonly concepts: readonly (readonly ConceptMatch[])[];
  readonly matcher: ConceptMatcher;
  readonly estimatedBytes: number;
  /** Each document's family as a number (an index into `familyNames`), for typed-array work per query. */
  readonly familyOf: Int32Array;
  readonly familyNames: readonly string[];
  /** Documents of a family, any office. */
  membersOf(family: string): readonly number[];
  /** Documents of a family by its number, any office, in index order. */
  membersOfFamily(family: number): readonly number[];
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
  return indexOfColumns(columns, matcher, await slicedBm25(columns));
}

/** The same index from rows in memory (tests, fixtures). */
export function ftoIndexOfRows(rows: readonly FtoIndexRow[], matcher: ConceptMatcher): FtoIndex {
  const collector = columnCollector(matcher);
  for (const row of rows) collector.onRow(row);
  const columns = collector.finish();
  return indexOfColumns(columns, matcher, buildBm25Index(columns.documents, { tokenize: tokenizeForIndex }));
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
  return indexOfColumns(columns, matcher, await slicedBm25(columns));
}

/** The postings built in slices that yield to the event loop (the server keeps answering meanwhile). */
const slicedBm25 = (columns: FtoColumns) =>
  buildBm25IndexInSlices(columns.documents, { tokenize: tokenizeForIndex });

function columnCollector(matcher: ConceptMatcher) {
  const state = {
    ids: [] as string[],
    jurisdiction: [] as string[],
    family: [] as string[],
    legalStatus: [] as LegalStatus[],
    expiryDate: [] as (string | null)[],
    cpcCodes: [] as string[][],
    concepts: [] as ConceptMatch[][],
    documents: [] as string[],
  };
  return {
    onRow: (row: FtoIndexRow) => {
      const text = `${row.text} ${claimsText(row.claimsJson, row.claim1)}`;
      const concepts = matcher.find(text);
      state.ids.push(row.id);
      state.jurisdiction.push(row.jurisdiction);
      state.family.push(row.familyId ?? row.id);
      state.legalStatus.push(row.legalStatus);
      state.expiryDate.push(row.expiryDate);
      state.cpcCodes.push(row.cpcCodes);
      state.concepts.push(concepts);
      state.documents.push(preTokenised(indexTerms(text, concepts)));
    },
    finish: () => state,
  };
}

/** The per-document columns the stream fills. */
type FtoColumns = ReturnType<ReturnType<typeof columnCollector>['finish']>;

function indexOfColumns(columns: FtoColumns, matcher: ConceptMatcher, index: Bm25Index): FtoIndex {
  const families = familyNumbers(columns.family);
  const tokenBytes = columns.documents.reduce((sum, document) => sum + document.length * 2, 0);
  const { documents: _dropped, ...kept } = columns;
  return {
    ...kept,
    size: columns.ids.length,
    matcher,
    // Postings ≈ 3 int32 per token; the token strings themselves are dropped after the build.
    estimatedBytes: columns.ids.length * 300 + tokenBytes * 1.5,
    familyOf: families.familyOf,
    familyNames: families.familyNames,
    membersOf: (family) => families.members[families.numbers.get(family) ?? -1] ?? [],
    membersOfFamily: (family) => families.members[family] ?? [],
    search: (terms) => index.search(preTokenised(terms), { limit: columns.ids.length }),
    scoreAll: (terms) => index.scoreAll(preTokenised(terms)),
  };
}

/** Families numbered in order of first appearance, with their members. */
function familyNumbers(familyKeys: readonly string[]) {
  const numbers = new Map<string, number>();
  const members: number[][] = [];
  const familyOf = new Int32Array(familyKeys.length);
  familyKeys.forEach((family, doc) => {
    let number = numbers.get(family);
    if (number === undefined) {
      number = members.length;
      numbers.set(family, number);
      members.push([]);
    }
    members[number]!.push(doc);
    familyOf[doc] = number;
  });
  return { numbers, members, familyOf, familyNames: [...numbers.keys()] };
}
