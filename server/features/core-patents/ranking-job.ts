/**
 * Runs a core ranking of a snapshot: its families in columns to the worker pool (the event loop
 * keeps serving while the worker scores), or in this thread for small scopes, where a message
 * round trip costs more than the scoring. Both paths run the same task function.
 */
import { copyGraphColumns } from '@server/analytics/citation-graph';
import type { ComponentName, PresetName } from '@server/analytics/core-score';
import { type AnalysisSnapshot, RESCALE_WINDOW } from '@server/platform/snapshot/snapshot';
import type { FamilyRecord } from '@server/platform/snapshot/snapshot-families';
import { sharedWorkerPool, type WorkerPool } from '@server/platform/workers/worker-pool';
import { RankedFamilies } from './ranked-families';
import { joinLists, joinStrings, type RankingInput } from './ranking-columns';
import { rankInWorker, rankingTask } from './ranking-task';

const YEAR_MS = 365.25 * 86_400_000;
/** A family without claim text must not look like the broadest claim: it ranks as the narrowest. */
export const NO_CLAIM_1 = Number.MAX_SAFE_INTEGER;
/** Below this many families a ranking takes milliseconds: not worth a thread hop. */
export const WORKER_FROM_FAMILIES = 2_000;

export interface RankingOptions {
  readonly preset: PresetName;
  readonly weights?: Partial<Record<ComponentName, number>> | undefined;
  readonly coreShare: number;
}

export interface RankingRun {
  readonly pool?: WorkerPool;
  /** Forces the thread: tests compare both paths. */
  readonly inWorker?: boolean;
}

export async function runRanking(
  snapshot: AnalysisSnapshot,
  options: RankingOptions,
  run: RankingRun = {},
): Promise<RankedFamilies> {
  const input = await rankingInput(snapshot, options, Date.now());
  const inWorker = run.inWorker ?? snapshot.families.length >= WORKER_FROM_FAMILIES;
  const output = inWorker
    ? await (run.pool ?? sharedWorkerPool()).run(rankingTask, input)
    : rankInWorker(input);
  snapshot.adoptPageRank(
    {
      scores: output.pageRank,
      iterations: output.pageRankIterations,
      converged: output.pageRankConverged,
      residual: output.pageRankResidual,
    },
    output.rescaledPageRank,
  );
  const families = snapshot.families;
  return new RankedFamilies(output, (index) => families[index]!.familyId);
}

/**
 * The snapshot's families and citation graph as the task's columns (copies of the graph's arrays).
 * Each column is built after a turn of the event loop: at 100k families a column takes
 * milliseconds, all of them together would hold other requests for a noticeable stall.
 */
export async function rankingInput(
  snapshot: AnalysisSnapshot,
  options: RankingOptions,
  today: number,
): Promise<RankingInput> {
  const { families, graph } = snapshot;
  const numbers = async (value: (family: FamilyRecord) => number) => {
    await turn();
    return Float64Array.from(families, value);
  };
  const text = async (value: (family: FamilyRecord) => string) => {
    await turn();
    return joinStrings(families.map(value));
  };
  const lists = async (value: (family: FamilyRecord) => readonly string[]) => {
    await turn();
    return joinLists(families.map(value));
  };
  return {
    graph: copyGraphColumns(graph),
    priorityDays: await numbers((family) => family.priorityDay),
    rescaleWindow: RESCALE_WINDOW,
    ids: await text((family) => family.familyId),
    cohorts: await text((family) => family.cohort),
    legalStatuses: await text((family) => family.legalStatus),
    jurisdictions: await lists((family) => family.jurisdictions),
    events: await lists((family) => family.events),
    inventors: await lists((family) => family.inventors),
    forwardCitations: await numbers((family) => family.forwardCitations),
    familySize: await numbers((family) => family.familySize),
    claimsCount: await numbers((family) => family.claimsCount),
    claim1Length: await numbers((family) => family.claim1Length ?? NO_CLAIM_1),
    independentClaims: await numbers((family) => family.independentClaims),
    remainingTermYears: await numbers((family) => remainingTermYears(family, today)),
    options: {
      preset: options.preset,
      ...(options.weights ? { weights: options.weights } : {}),
      coreShare: options.coreShare,
    },
  };
}

/** One turn of the event loop (pending I/O callbacks run first). */
const turn = () => new Promise((resolve) => setImmediate(resolve));

function remainingTermYears(family: FamilyRecord, today: number): number {
  const inForce = family.legalStatus === 'active' || family.legalStatus === 'pending';
  const expiry = family.expiryDate ? Date.parse(family.expiryDate) : Number.NaN;
  const remaining = inForce && !Number.isNaN(expiry) ? Math.max(0, (expiry - today) / YEAR_MS) : 0;
  return Math.round(remaining * 10) / 10;
}
