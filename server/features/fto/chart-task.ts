/**
 * The claim charts of a screening as a worker task: every charted candidate's independent claims
 * split and matched element by element (screen.ts, ~25 ms for 500 candidates at 100k families), on
 * a worker thread of the FTO's own pool, so the event loop serves other screenings' retrieval and
 * reads meanwhile (docs/decisions/2026-12-05-fto-screenings-off-the-event-loop.md). Only what the
 * answer uses comes back: every result's id and level in screening order (the risk-level summary,
 * the total) and the full results of the requested page. The charting is the same code in both
 * threads. The claims travel as their stored JSON text and are decoded in the worker (decoding 500
 * candidates' claims and cloning them as objects cost the event loop ~15 ms). Small screenings (tests, fixtures) chart in the thread that asks.
 */

import { ClaimsJson } from '@graph-schema/vocabulary/claims';
import { WorkerPool } from '@server/platform/workers/worker-pool';
import { defineTask } from '@server/platform/workers/worker-task';
import { claimsOf } from './claims';
import { type FtoCandidate, type FtoResult, type RiskLevel, screenFreedomToOperate } from './screen';

/** A candidate as read: its claims still the stored JSON text, decoded where the charts are drawn. */
export type StoredCandidate = Omit<FtoCandidate, 'claims'> & {
  readonly claimsJson: string | null;
  readonly claim1: string | null;
};

export interface ChartInput {
  readonly features: readonly string[];
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
}

export const chartTask = defineTask<ChartInput, ChartOutput>(import.meta.url, 'chartCandidates');

export function chartCandidates(input: ChartInput): ChartOutput {
  const candidates = input.candidates.map(({ claimsJson, claim1, ...candidate }) => ({
    ...candidate,
    claims: claimsOf(claimsJson === null ? null : ClaimsJson.parse(claimsJson), claim1),
  }));
  const screened = screenFreedomToOperate(input.features, candidates, { asOf: input.asOf });
  return {
    ranked: screened.map(({ id, riskLevel }) => ({ id, riskLevel })),
    page: screened.slice(input.offset, input.offset + input.limit),
  };
}

/** Below this many candidates the charts cost less than a message to the worker and back. */
export const WORKER_FROM_CANDIDATES = 100;

let pool: WorkerPool | undefined;

/**
 * The FTO's own one-worker pool: a screening never waits behind a whole-graph snapshot or ranking
 * build in the shared pool (seconds at 100k families).
 */
export function ftoChartPool(): WorkerPool {
  pool ??= new WorkerPool(1);
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

/** Starts the worker and loads the charting code in it, so the first screening does not pay for it. */
export async function warmChartWorker(): Promise<void> {
  await ftoChartPool().run(chartTask, {
    features: [],
    candidates: [],
    asOf: '2000-01-01',
    offset: 0,
    limit: 0,
  });
}
