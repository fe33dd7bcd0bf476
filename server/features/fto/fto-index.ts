/**
 * The FTO retrieval index of one jurisdiction set: BM25 over title + abstract + all claims
 * (CJK-aware tokenizer), with each document's legal status, expiry and CPC codes so the status,
 * as-of and CPC filters apply per request. Built from one streaming read and cached like snapshots.
 *
 * Documents are tokenised as they stream in and kept as joined token strings (much smaller than
 * the raw text); the index's tokenizer recognises them by a marker and only splits them, while
 * queries go through the real tokenizer.
 */
import type { Database } from '@graph-schema/db/driver';
import type { LegalStatus } from '@graph-schema/vocabulary/legal-status';
import { type Bm25Hit, buildBm25Index } from '@server/analytics/text/bm25';
import { tokenize } from '@server/analytics/text/tokenize';
import { streamRows } from '@server/platform/db/read';
import { claimsText } from './claims';
import { FTO_INDEX_ROWS, FtoIndexRow } from './fto-cypher';

const PRE_TOKENISED = '\u0002';
const TOKEN_SEPARATOR = '\u0001';

export interface FtoIndex {
  readonly size: number;
  readonly ids: readonly string[];
  readonly legalStatus: readonly LegalStatus[];
  /** Documents whose legal status is inactive (screened only when a request asks). */
  readonly inactive: number;
  readonly expiryDate: readonly (string | null)[];
  readonly cpcCodes: readonly (readonly string[])[];
  readonly estimatedBytes: number;
  search(query: string, limit: number, filter: (doc: number) => boolean): Bm25Hit[];
}

const tokenizeForIndex = (text: string): string[] =>
  text.startsWith(PRE_TOKENISED) ? text.slice(1).split(TOKEN_SEPARATOR).filter(Boolean) : tokenize(text);

export async function buildFtoIndex(db: Database, jurisdictions: readonly string[]): Promise<FtoIndex> {
  const columns = await streamRows(db, FtoIndexRow, FTO_INDEX_ROWS, { jurisdictions }, () => {
    const state = {
      ids: [] as string[],
      legalStatus: [] as LegalStatus[],
      expiryDate: [] as (string | null)[],
      cpcCodes: [] as string[][],
      documents: [] as string[],
    };
    return {
      onRow: (row) => {
        const text = `${row.text} ${claimsText(row.claimsJson, row.claim1)}`;
        state.ids.push(row.id);
        state.legalStatus.push(row.legalStatus);
        state.expiryDate.push(row.expiryDate);
        state.cpcCodes.push(row.cpcCodes);
        state.documents.push(PRE_TOKENISED + tokenize(text).join(TOKEN_SEPARATOR));
      },
      finish: () => state,
    };
  });
  const index = buildBm25Index(columns.documents, { tokenize: tokenizeForIndex });
  const tokenBytes = columns.documents.reduce((sum, document) => sum + document.length * 2, 0);
  return {
    size: columns.ids.length,
    ids: columns.ids,
    legalStatus: columns.legalStatus,
    inactive: columns.legalStatus.filter((status) => status === 'inactive').length,
    expiryDate: columns.expiryDate,
    cpcCodes: columns.cpcCodes,
    // Postings ≈ 3 int32 per token; the token strings themselves are dropped after the build.
    estimatedBytes: columns.ids.length * 200 + tokenBytes * 1.5,
    search: (query, limit, filter) => index.search(query, { limit, filter }),
  };
}
