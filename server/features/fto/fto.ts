/**
 * Infringement-risk screening of a product against patents that may be in force in the target
 * offices at the as-of date: family-level retrieval with synonym expansion and a relevance floor
 * (retrieve.ts), the own portfolio labelled or left out, then claim charts on the independent
 * claims (screen.ts) of every patent above the floor (up to a cap), ordered by risk and paginated.
 */

import type { Database } from '@graph-schema/db/driver';
import type { FtoRequest, FtoResponse, FtoResultItem } from '@graph-schema/dto/fto';
import { readRows } from '@server/platform/db/read';
import { explainNote } from '@server/platform/explanations/notes';
import { z } from 'zod';
import { type ChartRun, chartScreening, type StoredCandidate } from './chart-task';
import { FTO_CANDIDATE_APPLICANTS } from './fto-cypher';
import type { FtoIndex } from './fto-index';
import { screeningScope } from './fto-scope';
import { ownPortfolioMatcher } from './own-portfolio';
import { type Retrieval, type RetrievedCandidate, retrieve } from './retrieve';
import { type ListedPatent, riskLevelSummary } from './risk-levels';
import { FTO_DISCLAIMER, type FtoResult } from './screen';

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

/** The applicants of a candidate, read only to find a request's own portfolio. */
const ApplicantsRow = z.object({
  id: z.string(),
  applicants: z.array(z.object({ key: z.string(), name: z.string(), aliases: z.array(z.string()) })),
});

/**
 * Called after each phase of a screening (retrieve, read, chart, assemble): bench and Server-Timing.
 * `read` gathers the candidates from the index (Neo4j only for an own-portfolio request); after
 * `chart`, `runMs` is the charting itself (the rest of that phase waited for a chart worker).
 */
export type PhaseTimer = (phase: 'retrieve' | 'read' | 'chart' | 'assemble', runMs?: number) => void;

export interface ScreeningRun extends ChartRun {
  readonly lap?: PhaseTimer;
}

export async function screenProduct(
  db: Database,
  index: FtoIndex,
  request: FtoRequest,
  run: ScreeningRun = {},
): Promise<FtoResponse> {
  const lap = run.lap ?? (() => undefined);
  const features = request.features ?? splitFeatures(request.description ?? '');
  const query = [request.description ?? '', ...(request.features ?? [])].join(' ');
  const scope = screeningScope(index, request);
  const retrieval = retrieve(index, query, scope.mask, MAX_CANDIDATES);
  const charted = retrieval.candidates.slice(0, MAX_CANDIDATES);
  lap('retrieve');
  const selection = await selectCandidates(db, index, charted, request.ownPortfolio);
  const candidates = selection.listed.map(({ retrieved }) => storedCandidate(index, retrieved.doc));
  lap('read');
  const { offset, limit, asOf } = request;
  const claims = index.records.preparedClaims;
  const charts = await chartScreening({ features, claims, candidates, asOf, offset, limit }, run);
  lap('chart', charts.runMs);
  const byId = new Map(selection.listed.map((listed) => [index.ids[listed.retrieved.doc]!, listed]));
  const results = charts.page.map((result, k) => {
    const { retrieved } = byId.get(result.id)!;
    const own = selection.ownIds.has(result.id);
    return resultItem(index, retrieval, { result, retrieved, own, rank: request.offset + k + 1 });
  });
  const response: FtoResponse = {
    asOf: request.asOf,
    jurisdictions: request.jurisdictions,
    features,
    featureSource: request.features ? 'features' : 'description',
    indexed: scope.indexed,
    candidatesScreened: candidates.length,
    total: charts.ranked.length,
    offset: request.offset,
    limit: request.limit,
    results,
    truncated: retrieval.candidateCount > charted.length,
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
    riskLevels: riskLevelSummary(charts.ranked, (id) => listedPatent(index, byId.get(id)?.retrieved.doc)),
    screening: null,
  };
  lap('assemble');
  return response;
}

interface ListedCandidate {
  readonly retrieved: RetrievedCandidate;
}

/**
 * The charted candidates, with the client's own patents found: in mode `exclude` they are left
 * out (and counted), in mode `label` they stay. Everything but the applicants of an own-portfolio
 * request comes from the index (chart-records.ts).
 */
async function selectCandidates(
  db: Database,
  index: FtoIndex,
  charted: readonly RetrievedCandidate[],
  portfolio: FtoRequest['ownPortfolio'],
) {
  const everyCandidate: ListedCandidate[] = charted.map((retrieved) => ({ retrieved }));
  if (!portfolio) return { listed: everyCandidate, ownIds: new Set<string>(), excluded: 0 };
  const rows = await readRows(db, ApplicantsRow, FTO_CANDIDATE_APPLICANTS, {
    ids: charted.map((candidate) => index.ids[candidate.doc]!),
  });
  const isOwn = ownPortfolioMatcher(portfolio);
  const ownIds = new Set(rows.filter((row) => isOwn(row.applicants)).map((row) => row.id));
  const exclude = portfolio.mode === 'exclude';
  const listed = exclude
    ? everyCandidate.filter(({ retrieved }) => !ownIds.has(index.ids[retrieved.doc]!))
    : everyCandidate;
  return { listed, ownIds, excluded: everyCandidate.length - listed.length };
}

/** Title and first applicant of an indexed patent (the index keeps the first one only), for the summary. */
function listedPatent(index: FtoIndex, doc: number | undefined): ListedPatent | undefined {
  if (doc === undefined) return undefined;
  const applicant = index.records.applicant[doc]!;
  return {
    title: index.records.title[doc]!,
    applicants: applicant === null ? [] : [{ name: applicant, order: 0 }],
  };
}

function resultItem(
  index: FtoIndex,
  retrieval: Retrieval,
  item: { result: FtoResult; retrieved: RetrievedCandidate; own: boolean; rank: number },
): FtoResultItem {
  const { result, retrieved } = item;
  const { doc } = retrieved;
  return {
    rank: item.rank,
    patentId: result.id,
    jurisdiction: result.jurisdiction,
    title: index.records.title[doc]!,
    applicant: index.records.applicant[doc]!,
    riskLevel: result.riskLevel,
    reasons: result.reasons,
    legalStatus: result.legalStatus,
    expiryDate: index.expiryDate[doc]!,
    remainingTermYears: result.remainingTermYears,
    relevance: relevanceEvidence(index, retrieval, retrieved),
    family: {
      id: retrieved.hit.family,
      membersInScope: retrieved.membersInScope.map((member) => ({
        patentId: index.ids[member]!,
        jurisdiction: index.jurisdiction[member]!,
        legalStatus: index.legalStatus[member]!,
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

/** A charted candidate as the chart worker takes it, from the index's columns. */
function storedCandidate(index: FtoIndex, doc: number): StoredCandidate {
  const { records } = index;
  return {
    id: index.ids[doc]!,
    jurisdiction: index.jurisdiction[doc]!,
    doc,
    hasClaimText: records.hasClaimText[doc]!,
    legalStatus: index.legalStatus[doc]!,
    inactiveReason: records.inactiveReason[doc]!,
    expiry: index.expiryDate[doc]!,
  };
}

/** Why this patent was retrieved: the family's score, the member that scored, the synonyms used. */
function relevanceEvidence(index: FtoIndex, retrieval: Retrieval, candidate: RetrievedCandidate) {
  const { hit } = candidate;
  const queryTerm = new Map(retrieval.query.expansions.map((match) => [match.concept, match.term]));
  const synonyms = index.conceptsOf(hit.via).flatMap((match) => {
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
