/**
 * Infringement-risk screening of a product against patents that may be in force in the target
 * offices at the as-of date: family-level retrieval with synonym expansion and a relevance floor
 * (retrieve.ts), the own portfolio labelled or left out, then claim charts on the independent
 * claims (screen.ts) of every patent above the floor (up to a cap), ordered by risk and paginated.
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
import { ownPortfolioMatcher } from './own-portfolio';
import { type Retrieval, type RetrievedCandidate, retrieve } from './retrieve';
import { riskLevelSummary } from './risk-levels';
import { FTO_DISCLAIMER, type FtoCandidate, type FtoResult, screenFreedomToOperate } from './screen';

/** Patents above the floor that are charted at most; the rest are reported as truncated. */
export const MAX_CANDIDATES = 500;

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
  applicants: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      order: z.number().nullable(),
    }),
  ),
});
type CandidateRow = z.infer<typeof CandidateRow>;

export async function screenProduct(
  db: Database,
  index: FtoIndex,
  request: FtoRequest,
): Promise<FtoResponse> {
  const features = request.features ?? splitFeatures(request.description ?? '');
  const query = [request.description ?? '', ...(request.features ?? [])].join(' ');
  const retrieval = retrieve(index, query, scopeFilter(index, request));
  const charted = retrieval.candidates.slice(0, MAX_CANDIDATES);
  const selection = await selectCandidates(db, index, charted, request.ownPortfolio);
  const candidates = selection.listed.map(({ row }) => toFtoCandidate(row));
  const screened = screenFreedomToOperate(features, candidates, { asOf: request.asOf });
  const byId = new Map(selection.listed.map((listed) => [listed.row.id, listed]));
  const page = screened.slice(request.offset, request.offset + request.limit);
  const results = page.map((result, k) => {
    const { row, retrieved } = byId.get(result.id)!;
    const own = selection.ownIds.has(result.id);
    return resultItem(index, retrieval, { result, row, retrieved, own, rank: request.offset + k + 1 });
  });
  return {
    asOf: request.asOf,
    jurisdictions: request.jurisdictions,
    features,
    featureSource: request.features ? 'features' : 'description',
    indexed: countIndexed(index, request.jurisdictions, request.includeInactive === true),
    candidatesScreened: candidates.length,
    total: screened.length,
    offset: request.offset,
    limit: request.limit,
    results,
    truncated: retrieval.candidates.length > charted.length,
    ...retrievalStatement(index, retrieval),
    ownPortfolio: request.ownPortfolio
      ? {
          mode: request.ownPortfolio.mode,
          applicants: request.ownPortfolio.applicants,
          matched: selection.ownIds.size,
          excluded: selection.excluded,
        }
      : null,
    disclaimer: FTO_DISCLAIMER,
    method: ftoMethod(request),
    riskLevels: riskLevelSummary(screened, (id) => byId.get(id)?.row),
    screening: null,
  };
}

interface ListedCandidate {
  readonly row: CandidateRow;
  readonly retrieved: RetrievedCandidate;
}

/**
 * The charted candidates' rows, with the client's own patents found: in mode `exclude` they are
 * left out (and counted), in mode `label` they stay.
 */
async function selectCandidates(
  db: Database,
  index: FtoIndex,
  charted: readonly RetrievedCandidate[],
  portfolio: FtoRequest['ownPortfolio'],
) {
  const rows = await readRows(db, CandidateRow, FTO_CANDIDATES, {
    ids: charted.map((candidate) => index.ids[candidate.doc]!),
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const isOwn = ownPortfolioMatcher(portfolio);
  const withRows: ListedCandidate[] = charted.flatMap((retrieved) => {
    const row = byId.get(index.ids[retrieved.doc]!);
    return row ? [{ row, retrieved }] : [];
  });
  const ownIds = new Set(withRows.filter(({ row }) => isOwn(row.applicants)).map(({ row }) => row.id));
  const exclude = portfolio?.mode === 'exclude';
  const listed = exclude ? withRows.filter(({ row }) => !ownIds.has(row.id)) : withRows;
  return { listed, ownIds, excluded: withRows.length - listed.length };
}

function resultItem(
  index: FtoIndex,
  retrieval: Retrieval,
  item: { result: FtoResult; row: CandidateRow; retrieved: RetrievedCandidate; own: boolean; rank: number },
): FtoResultItem {
  const { result, row, retrieved } = item;
  const applicant = [...row.applicants].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))[0];
  return {
    rank: item.rank,
    patentId: result.id,
    jurisdiction: result.jurisdiction,
    title: row.title,
    applicant: applicant?.name ?? null,
    riskLevel: result.riskLevel,
    reasons: result.reasons,
    legalStatus: result.legalStatus,
    expiryDate: row.expiryDate,
    remainingTermYears: result.remainingTermYears,
    relevance: relevanceEvidence(index, retrieval, retrieved),
    family: {
      id: retrieved.hit.family,
      membersInScope: retrieved.membersInScope.map((doc) => ({
        patentId: index.ids[doc]!,
        jurisdiction: index.jurisdiction[doc]!,
        legalStatus: index.legalStatus[doc]!,
      })),
    },
    ownPortfolio: item.own,
    claimCharts: result.claimCharts.map((chart) => ({ ...chart, elements: [...chart.elements] })),
  };
}

/** How the description was expanded, and the relevance floor with its rule. */
function retrievalStatement(index: FtoIndex, retrieval: Retrieval) {
  const { floor } = retrieval;
  return {
    expansion: retrieval.query.expansions.map((match) => {
      const group = index.matcher.group(match.concept);
      return {
        concept: match.concept,
        queryTerm: match.term,
        zh: [...(group?.zh ?? [])],
        en: [...(group?.en ?? [])],
      };
    }),
    floor: {
      ...floor,
      rule: explainNote('note.ftoRelevanceFloor', {
        minSharePercent: Math.round(floor.minShareOfTop * 100),
        minMatchedConcepts: floor.minMatchedConcepts,
        belowFloor: floor.belowFloor,
      }),
    },
  };
}

function toFtoCandidate(row: CandidateRow): FtoCandidate {
  return {
    id: row.id,
    jurisdiction: row.jurisdiction ?? row.id.slice(0, 2),
    claims: claimsOf(row.claimsJson, row.claim1),
    legalStatus: row.legalStatus,
    inactiveReason: row.inactiveReason,
    expiry: row.expiryDate,
  };
}

/** Why this patent was retrieved: the family's score, the member that scored, the synonyms used. */
function relevanceEvidence(index: FtoIndex, retrieval: Retrieval, candidate: RetrievedCandidate) {
  const { hit } = candidate;
  const queryTerm = new Map(retrieval.query.expansions.map((match) => [match.concept, match.term]));
  const synonyms = index.concepts[hit.via]!.flatMap((match) => {
    const term = queryTerm.get(match.concept);
    return term === undefined ? [] : [{ concept: match.concept, queryTerm: term, documentTerm: match.term }];
  });
  return {
    bm25: hit.score,
    rank: hit.rank,
    matchedVia: index.ids[hit.via]!,
    matchedTerms: hit.matchedTerms.slice(0, 30),
    matchedConcepts: hit.matchedConcepts,
    synonyms,
  };
}

/** In the selected offices, active/pending/unknown (inactive on request), not expired at asOf, under the CPC prefix. */
function scopeFilter(index: FtoIndex, request: FtoRequest): (doc: number) => boolean {
  const offices = new Set(request.jurisdictions);
  const includeInactive = request.includeInactive === true;
  return (doc) =>
    offices.has(index.jurisdiction[doc]!) &&
    (includeInactive || index.legalStatus[doc] !== 'inactive') &&
    mayBeInForce(index, doc, request.asOf) &&
    hasCpcPrefix(index, doc, request.cpc);
}

/** Patents of the offices the request screens (inactive ones only on request), before the as-of and CPC filters. */
function countIndexed(index: FtoIndex, jurisdictions: readonly string[], includeInactive: boolean): number {
  const offices = new Set(jurisdictions);
  let count = 0;
  for (let doc = 0; doc < index.size; doc++)
    if (offices.has(index.jurisdiction[doc]!) && (includeInactive || index.legalStatus[doc] !== 'inactive'))
      count++;
  return count;
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
