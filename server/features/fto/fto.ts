/**
 * Infringement-risk screening of a product against patents that may be in force in the target
 * offices at the as-of date: BM25 retrieval over the cached index, then claim charts on the
 * independent claims (screen.ts) for the best-retrieved candidates.
 */

import type { Database } from '@graph-schema/db/driver';
import type { FtoRequest, FtoResponse, FtoResultItem } from '@graph-schema/dto/fto';
import { ClaimsJson } from '@graph-schema/vocabulary/claims';
import { InactiveReason, LegalStatus } from '@graph-schema/vocabulary/legal-status';
import { readRows } from '@server/platform/db/read';
import { explainNote } from '@server/platform/explanations/notes';
import { z } from 'zod';
import { claimsOf } from './claims';
import { FTO_CANDIDATES } from './fto-cypher';
import type { FtoIndex } from './fto-index';
import { FTO_DISCLAIMER, type FtoCandidate, screenFreedomToOperate } from './screen';

/** Candidates charted per requested result: retrieval is cheap, charts decide the order. */
const CANDIDATES_PER_RESULT = 3;
const MAX_CANDIDATES = 150;

/**
 * A description becomes features at sentence ends and semicolons (。！？!?；; and line breaks,
 * and ". "). Commas are kept inside a feature: a claim element is matched against one feature
 * at a time, so cutting a sentence at its commas would split what belongs together.
 */
export function splitFeatures(description: string): string[] {
  return description
    .split(/[。！？!?；;\n\r]+|\.(?=\s|$)/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 2);
}

const CandidateRow = z.object({
  id: z.string(),
  jurisdiction: z.string().nullable(),
  title: z.string().nullable(),
  legalStatus: LegalStatus,
  inactiveReason: InactiveReason.nullable(),
  expiryDate: z.string().nullable(),
  claimsJson: ClaimsJson.nullable(),
  claim1: z.string().nullable(),
  applicants: z.array(z.object({ name: z.string(), order: z.number().nullable() })),
});

export async function screenProduct(
  db: Database,
  index: FtoIndex,
  request: FtoRequest,
): Promise<FtoResponse> {
  const features = request.features ?? splitFeatures(request.description ?? '');
  const query = [request.description ?? '', ...(request.features ?? [])].join(' ');
  const includeInactive = request.includeInactive === true;
  const hits = index.search(
    query,
    Math.min(MAX_CANDIDATES, request.limit * CANDIDATES_PER_RESULT),
    (doc) =>
      (includeInactive || index.legalStatus[doc] !== 'inactive') &&
      mayBeInForce(index, doc, request.asOf) &&
      hasCpcPrefix(index, doc, request.cpc),
  );
  const relevance = new Map(hits.map((hit) => [index.ids[hit.docIndex]!, hit]));
  const rows = await readRows(db, CandidateRow, FTO_CANDIDATES, { ids: [...relevance.keys()] });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const candidates: FtoCandidate[] = [...relevance.keys()].flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id,
        jurisdiction: row.jurisdiction ?? id.slice(0, 2),
        claims: claimsOf(row.claimsJson, row.claim1),
        legalStatus: row.legalStatus,
        inactiveReason: row.inactiveReason,
        expiry: row.expiryDate,
      },
    ];
  });
  const screened = screenFreedomToOperate(features, candidates, { asOf: request.asOf });
  const results: FtoResultItem[] = screened.slice(0, request.limit).map((result, k) => {
    const row = byId.get(result.id)!;
    const hit = relevance.get(result.id)!;
    const applicant = [...row.applicants].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))[0];
    return {
      rank: k + 1,
      patentId: result.id,
      jurisdiction: result.jurisdiction,
      title: row.title,
      applicant: applicant?.name ?? null,
      riskLevel: result.riskLevel,
      reasons: result.reasons,
      legalStatus: result.legalStatus,
      expiryDate: row.expiryDate,
      remainingTermYears: result.remainingTermYears,
      relevance: { bm25: hit.score, matchedTerms: hit.matchedTerms.slice(0, 20) },
      claimCharts: result.claimCharts.map((chart) => ({ ...chart, elements: [...chart.elements] })),
    };
  });
  return {
    asOf: request.asOf,
    jurisdictions: request.jurisdictions,
    features,
    featureSource: request.features ? 'features' : 'description',
    indexed: includeInactive ? index.size : index.size - index.inactive,
    candidatesScreened: candidates.length,
    results,
    truncated: screened.length > results.length,
    disclaimer: FTO_DISCLAIMER,
    method: ftoMethod(request),
  };
}

/** No expiry on or before asOf (an unknown expiry stays in: it needs review, not exclusion). */
function mayBeInForce(index: FtoIndex, doc: number, asOf: string): boolean {
  const expiry = index.expiryDate[doc];
  return expiry === null || expiry === undefined || expiry > asOf;
}

function hasCpcPrefix(index: FtoIndex, doc: number, prefix: string | undefined): boolean {
  return prefix === undefined || (index.cpcCodes[doc] ?? []).some((code) => code.startsWith(prefix));
}

/** The screening's scope as stated in the answer (offices, statuses, as-of date, CPC prefix, candidate cap). */
function ftoMethod(request: FtoRequest) {
  const scope = {
    offices: request.jurisdictions.join(', '),
    asOf: request.asOf,
    maxCandidates: MAX_CANDIDATES,
  };
  if (request.includeInactive) {
    return request.cpc
      ? explainNote('note.ftoMethodWithInactiveAndCpc', { ...scope, cpc: request.cpc })
      : explainNote('note.ftoMethodWithInactive', scope);
  }
  return request.cpc
    ? explainNote('note.ftoMethodWithCpc', { ...scope, cpc: request.cpc })
    : explainNote('note.ftoMethod', scope);
}
