/**
 * The claim charts of a screening as a worker task: every charted candidate's independent claims,
 * prepared when the index was built, matched element by element (screen.ts), on
 * a worker thread of the FTO's own pool, so the event loop serves other screenings' retrieval
 * meanwhile (docs/decisions/2026-12-05-fto-screenings-off-the-event-loop.md). Only what the
 * answer uses comes back: every result's id and level in screening order (the risk-level summary,
 * the total) and the full results of the requested page. The charting is the same code in both
 * threads. The candidates' prepared claims are not sent: the workers read them from the index's
 * shared memory by document number (prepared-claim-store.ts) and decode them there. Two workers: 8 concurrent screenings queued
 * on one (docs/decisions/2026-12-05-fto-screening-without-a-read.md). Small screenings (tests,
 * fixtures) chart in the thread that asks.
 */

import { WorkerPool } from '@server/platform/workers/worker-pool';
import { defineTask } from '@server/platform/workers/worker-task';
import { ClaimMemo } from './claim-memo';
import { type PreparedClaimStore, preparedClaimStoreBuilder } from './prepared-claim-store';
import { type FtoCandidate, type FtoResult, type RiskLevel, screenFreedomToOperate } from './screen';

/** A candidate as sent to be charted: its claims named by its document in the index's store. */
export type StoredCandidate = Omit<FtoCandidate, 'claims' | 'preparedClaims' | 'hasClaimText'> & {
  readonly doc: number;
  /** Whether the export had any claim text at all (the 待核查 reason says which case). */
  readonly hasClaimText: boolean;
};

export interface ChartInput {
  readonly features: readonly string[];
  /** The index's prepared claims (shared memory: posting it to a worker copies no claim). */
  readonly claims: PreparedClaimStore;
  readonly candidates: readonly StoredCandidate[];
  readonly asOf: string;
  readonly offset: number;
  readonly limit: number;
}

export interface ChartOutput {
  /** Every result in screening order (risk level, then coverage). */
  readonly ranked: ReadonlyArray<{ readonly id: string; readonly riskLevel: RiskLevel }>;
  /** The results `offset … offset + limit` of `ranked`, with their claim charts. */
  readonly page: readonly FtoResult[];
  /** Time spent charting in the thread that charted (the rest of the chart phase is queue and transfer). */
  readonly runMs: number;
}

export const chartTask = defineTask<ChartInput, ChartOutput>(import.meta.url, 'chartCandidates');

/** This thread's decoded claims (each worker has its own; the main thread's serves small screenings). */
const claimMemo = new ClaimMemo();

export function chartCandidates(input: ChartInput): ChartOutput {
  const started = performance.now();
  // Fields named, not spread: ~500 candidates a screening, and a rest/spread copy costs several times
  // more. A field added to FtoCandidate must be added here too.
  const candidates = input.candidates.map((candidate) => ({
    id: candidate.id,
    jurisdiction: candidate.jurisdiction,
    legalStatus: candidate.legalStatus,
    inactiveReason: candidate.inactiveReason,
    expiry: candidate.expiry,
    hasClaimText: candidate.hasClaimText,
    preparedClaims: claimMemo.decode(input.claims, candidate.doc),
  }));
  const screened = screenFreedomToOperate(input.features, candidates, { asOf: input.asOf });
  return {
    ranked: screened.map(({ id, riskLevel }) => ({ id, riskLevel })),
    page: screened.slice(input.offset, input.offset + input.limit),
    runMs: performance.now() - started,
  };
}

/** Below this many candidates the charts cost less than a message to the worker and back. */
export const WORKER_FROM_CANDIDATES = 100;

let pool: WorkerPool | undefined;

/** Chart workers (PATNAV_FTO_WORKERS overrides): each holds only the charting code, ~50 MB. */
export function ftoChartWorkers(): number {
  const configured = Number(process.env.PATNAV_FTO_WORKERS);
  return Number.isInteger(configured) && configured > 0 ? configured : 2;
}

/**
 * The FTO's own pool: a screening never waits behind a whole-graph snapshot or ranking build in
 * the shared pool (seconds at 100k families).
 */
export function ftoChartPool(): WorkerPool {
  pool ??= new WorkerPool(ftoChartWorkers());
  return pool;
}

export interface ChartRun {
  /** Forces the thread (tests compare both); by default the worker from WORKER_FROM_CANDIDATES. */
  readonly inWorker?: boolean;
}

export function chartScreening(input: ChartInput, run: ChartRun = {}): Promise<ChartOutput> {
  const inWorker = run.inWorker ?? input.candidates.length >= WORKER_FROM_CANDIDATES;
  return inWorker ? ftoChartPool().run(chartTask, input) : Promise.resolve(chartCandidates(input));
}

/** Starts the workers and loads the charting code in each, so the first screenings do not pay for it. */
export async function warmChartWorker(): Promise<void> {
  const claims = preparedClaimStoreBuilder().finish();
  const empty = { features: [], claims, candidates: [], asOf: '2000-01-01', offset: 0, limit: 0 };
  // As many tasks at once as workers: each goes to its own (an idle worker is taken first).
  await Promise.all(Array.from({ length: ftoChartWorkers() }, () => ftoChartPool().run(chartTask, empty)));
}
