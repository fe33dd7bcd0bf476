/**
 * The core ranking as a worker task: PageRank, rescaled PageRank and the composite score of every
 * family in a snapshot (seconds at 100k families), run by the shared worker pool so the event
 * loop keeps serving. The scoring is the same code the in-thread path used
 * (analytics/core-score.ts); only its input and output travel in columns (ranking-columns.ts).
 */

import type { LegalStatus } from '@graph-schema/vocabulary/legal-status';
import type { CitationGraph } from '@server/analytics/citation-graph';
import { type CoreScoreResult, scoreCorePatents } from '@server/analytics/core-score';
import type { CorePatentInput, PatentEvent } from '@server/analytics/core-score-components';
import { pageRank } from '@server/analytics/pagerank';
import { rescaledPageRank } from '@server/analytics/rescaled-pagerank';
import { defineTask } from '@server/platform/workers/worker-task';
import {
  type ComponentColumn,
  joinStrings,
  type RankingInput,
  type RankingOutput,
  splitLists,
  splitStrings,
} from './ranking-columns';

export const rankingTask = defineTask<RankingInput, RankingOutput>(import.meta.url, 'rankInWorker');

export function rankInWorker(input: RankingInput): RankingOutput {
  const graph: CitationGraph = {
    ...input.graph,
    ids: [],
    indexOf: new Map(),
    dropped: { selfLoops: 0, duplicates: 0 },
  };
  const ranks = pageRank(graph);
  const rescaled = rescaledPageRank(ranks.scores, input.priorityDays, { windowSize: input.rescaleWindow });
  const patents = inputsOf(input, ranks.scores, rescaled);
  const results =
    patents.length === 0
      ? []
      : scoreCorePatents(patents, {
          preset: input.options.preset,
          ...(input.options.weights ? { weights: input.options.weights } : {}),
          coreShare: input.options.coreShare,
        });
  return {
    ...columnsOf(results, patents),
    preset: input.options.preset,
    pageRank: ranks.scores,
    pageRankIterations: ranks.iterations,
    pageRankConverged: ranks.converged,
    pageRankResidual: ranks.residual,
    rescaledPageRank: rescaled,
  };
}

function inputsOf(input: RankingInput, ranks: Float64Array, rescaled: Float64Array): CorePatentInput[] {
  const count = input.graph.nodeCount;
  const ids = splitStrings(input.ids, count);
  const cohorts = splitStrings(input.cohorts, count);
  const statuses = splitStrings(input.legalStatuses, count) as LegalStatus[];
  const jurisdictions = splitLists(input.jurisdictions, count);
  const events = splitLists(input.events, count) as PatentEvent[][];
  const inventors = splitLists(input.inventors, count);
  return ids.map((id, i) => ({
    id,
    forwardCitations: input.forwardCitations[i]!,
    cohort: cohorts[i]!,
    pageRank: ranks[i]!,
    rescaledPageRank: rescaled[i]!,
    jurisdictions: jurisdictions[i]!,
    familySize: input.familySize[i]!,
    claimsCount: input.claimsCount[i]!,
    claim1Length: input.claim1Length[i]!,
    independentClaims: input.independentClaims[i]!,
    remainingTermYears: input.remainingTermYears[i]!,
    legalStatus: statuses[i]!,
    events: events[i]!,
    inventors: inventors[i]!,
  }));
}

type Columns = Omit<
  RankingOutput,
  'preset' | 'pageRank' | 'pageRankIterations' | 'pageRankConverged' | 'pageRankResidual' | 'rescaledPageRank'
>;

function columnsOf(results: readonly CoreScoreResult[], patents: readonly CorePatentInput[]): Columns {
  const count = results.length;
  const familyOf = new Map(patents.map((patent, index) => [patent.id, index]));
  const cohortStats: Record<string, { size: number; meanCitations: number }> = {};
  const citationsToCohortMean = new Float64Array(count);
  results.forEach((result, r) => {
    const { name, size, meanCitations, citationsToCohortMean: ratio } = result.cohort;
    cohortStats[name] = { size, meanCitations };
    citationsToCohortMean[r] = ratio ?? Number.NaN;
  });
  return {
    count,
    familyAt: Int32Array.from(results, (result) => familyOf.get(result.id)!),
    score: Float64Array.from(results, (result) => result.score),
    core: Uint8Array.from(results, (result) => (result.core ? 1 : 0)),
    highValue: Int8Array.from(results, (result) =>
      result.highValue === undefined ? -1 : Number(result.highValue),
    ),
    components: (results[0]?.components ?? []).map((component, c) =>
      componentColumn(results, component.name, c),
    ),
    cohortStats: JSON.stringify(cohortStats),
    cohortNames: joinStrings(results.map((result) => result.cohort.name)),
    citationsToCohortMean,
  };
}

function componentColumn(
  results: readonly CoreScoreResult[],
  name: ComponentColumn['name'],
  at: number,
): ComponentColumn {
  const of = (result: CoreScoreResult) => result.components[at]!;
  const numeric = results.every((result) => typeof of(result).raw === 'number');
  const first = of(results[0]!);
  return {
    name,
    weight: first.weight,
    flat: first.flat,
    normalised: Float64Array.from(results, (result) => of(result).normalised),
    contribution: Float64Array.from(results, (result) => of(result).contribution),
    numericRaw: numeric ? Float64Array.from(results, (result) => of(result).raw as number) : null,
    otherRaw: numeric ? null : JSON.stringify(results.map((result) => of(result).raw)),
  };
}
