/**
 * A scope's analysis snapshot: its families as compact records and the family-level citation
 * graph (CSR arrays), read from Neo4j in two streaming bulk queries and assembled off the event
 * loop (snapshot-assembly.ts). PageRank, rescaled
 * PageRank, SPC weights, main paths and core rankings are computed lazily, once per snapshot.
 *
 * Unit = family (graph-schema/vocabulary/family.ts): navigation counts families, and a CN + US +
 * EP filing of one invention must not be three nodes citing the same older families.
 */
import type { Database } from '@graph-schema/db/driver';
import { SCOPE_FIELDS, type ScopeQuery } from '@graph-schema/dto/scope';
import {
  buildCitationGraph,
  type CitationEdge,
  type CitationGraph,
  compareIds,
} from '@server/analytics/citation-graph';
import type { MainPathVariant } from '@server/analytics/main-path';
import { type PageRankResult, pageRank } from '@server/analytics/pagerank';
import { rescaledPageRank } from '@server/analytics/rescaled-pagerank';
import { streamRows } from '../db/read';
import { visibilityKey } from '../visibility/visibility';
import { sharedWorkerPool, type WorkerPool } from '../workers/worker-pool';
import { computeMainPath, type MainPathOutput, mainPathInput, mainPathTask } from './main-path-task';
import { assembleSnapshot, EdgeInterner, GRAPH_WORKER_FROM_FAMILIES } from './snapshot-assembly';
import {
  SnapshotCitationRow,
  SnapshotPatentRow,
  snapshotCitationsQuery,
  snapshotPatentsQuery,
} from './snapshot-cypher';
import { FamilyFolder, type FamilyRecord } from './snapshot-families';

/** Rescaled PageRank compares a family with the Δ families closest in priority date. */
export const RESCALE_WINDOW = 1000;
const MEMO_LIMIT = 16;
const BYTES_PER_FAMILY = 1_550;

/** A bounded memo of one kind of result derived from a snapshot (the oldest is dropped first). */
export class Memo<T> {
  private readonly values = new Map<string, T>();

  get(key: string, compute: () => T): T {
    const hit = this.values.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (this.values.size >= MEMO_LIMIT) this.values.delete(this.values.keys().next().value!);
    this.values.set(key, value);
    return value;
  }

  /** Forgets a value (a failed computation must be retried, not remembered). */
  delete(key: string): void {
    this.values.delete(key);
  }

  get size(): number {
    return this.values.size;
  }
}

export interface MainPathRun {
  readonly pool?: WorkerPool;
  /** Forces the thread: tests compare both paths. */
  readonly inWorker?: boolean;
}

export class AnalysisSnapshot {
  private pageRankResult: PageRankResult | undefined;
  private rescaled: Float64Array | undefined;
  private readonly mainPaths = new Memo<Promise<MainPathOutput>>();
  /** Every memo kept for this snapshot, here and by features, counted in the byte estimate. */
  private readonly memos: Array<{ readonly size: number }> = [this.mainPaths];

  constructor(
    readonly key: string,
    readonly families: readonly FamilyRecord[],
    readonly graph: CitationGraph,
    readonly publications: number,
    readonly builtAt: string,
    readonly buildMs: number,
  ) {}

  /** PageRank by family index (graph node i = families[i]). */
  pageRank(): PageRankResult {
    this.pageRankResult ??= pageRank(this.graph);
    return this.pageRankResult;
  }

  /**
   * Keeps PageRank and rescaled PageRank computed elsewhere (the core ranking computes both in a
   * worker), so no later caller repeats them on the event loop. Both are deterministic functions
   * of the graph, so the first value kept is the one any computation gives.
   */
  adoptPageRank(result: PageRankResult, rescaled: Float64Array): void {
    this.pageRankResult ??= result;
    this.rescaled ??= rescaled;
  }

  rescaledPageRank(): Float64Array {
    this.rescaled ??= rescaledPageRank(
      this.pageRank().scores,
      this.families.map((family) => family.priorityDay),
      { windowSize: RESCALE_WINDOW },
    );
    return this.rescaled;
  }

  /** Earliest priority day per graph node, NaN where unknown: the cycle-breaking time order. */
  private priorityDays(): Float64Array {
    return Float64Array.from(this.families, (family) =>
      family.priorityDay === 0 ? Number.NaN : family.priorityDay,
    );
  }

  /**
   * The main path and the per-node path counts (SPC), once per variant and k: in the worker pool
   * from GRAPH_WORKER_FROM_FAMILIES families (seconds on a whole corpus), in this thread below.
   * A failed computation is forgotten, so the next request retries it.
   */
  mainPath(variant: MainPathVariant, keyRouteCount: number, run: MainPathRun = {}): Promise<MainPathOutput> {
    const key = `${variant}:${keyRouteCount}`;
    const computed = this.mainPaths.get(key, async () => {
      const input = mainPathInput(this.graph, this.priorityDays(), variant, keyRouteCount);
      const inWorker = run.inWorker ?? this.families.length >= GRAPH_WORKER_FROM_FAMILIES;
      return inWorker ? (run.pool ?? sharedWorkerPool()).run(mainPathTask, input) : computeMainPath(input);
    });
    computed.catch(() => this.mainPaths.delete(key));
    return computed;
  }

  /** Registers a feature's memo of results derived from this snapshot, so its size is counted. */
  track(memo: { readonly size: number }): void {
    this.memos.push(memo);
  }

  /**
   * Rough retained bytes, for the cache's memory bound. 1,550 bytes per family: the whole-corpus
   * snapshot of the 100k bench corpus retains 163 MiB with 321k edges (`npm run bench:api-memory`).
   */
  estimatedBytes(): number {
    return (
      this.families.length * BYTES_PER_FAMILY +
      this.graph.edgeCount * 24 +
      this.memoEntries() * this.families.length * 200
    );
  }

  private memoEntries(): number {
    return this.memos.reduce((sum, memo) => sum + memo.size, 0);
  }
}

/** The cache key of a scope: only the scope fields (never paging or presets), lists as sets. */
export function scopeKey(query: ScopeQuery): string {
  const normalised: Record<string, unknown> = {};
  for (const field of [...SCOPE_FIELDS].sort()) {
    const value = query[field];
    if (value === undefined) continue;
    normalised[field] = Array.isArray(value) ? [...new Set(value)].sort() : value;
  }
  // What the request's user may see is part of every scope: two clients' snapshots of one scope differ.
  return `${visibilityKey()}|${JSON.stringify(normalised)}`;
}

export async function buildSnapshot(db: Database, scope: ScopeQuery): Promise<AnalysisSnapshot> {
  const started = performance.now();
  const patents = snapshotPatentsQuery(scope);
  const citations = snapshotCitationsQuery(scope);
  const [folder, edges] = await Promise.all([
    streamRows(db, SnapshotPatentRow, patents.cypher, patents.params, () => {
      const folder = new FamilyFolder();
      return { onRow: (row) => folder.add(row), finish: () => folder };
    }),
    streamRows(db, SnapshotCitationRow, citations.cypher, citations.params, () => {
      const interner = new EdgeInterner();
      return {
        onRow: (row) => {
          if (row.citing && row.cited) interner.add(row.citing, row.cited);
        },
        finish: () => interner,
      };
    }),
  ]);
  return assembleSnapshot(scopeKey(scope), folder, edges, started);
}

/**
 * Assembles a snapshot from rows already read. Families are put in the citation graph's canonical
 * node order (family i = node i) and the graph ignores edge order, so any row order Neo4j returns
 * gives the same snapshot — and the same PageRank, SPC and main path.
 */
export function snapshotOf(
  key: string,
  familyRecords: readonly FamilyRecord[],
  edges: readonly CitationEdge[],
  publications: number,
  started = performance.now(),
): AnalysisSnapshot {
  const families = [...familyRecords].sort((a, b) => compareIds(a.familyId, b.familyId));
  const known = new Set(families.map((family) => family.familyId));
  const graph = buildCitationGraph(
    edges.filter(([citing, cited]) => known.has(citing) && known.has(cited)),
    { nodeIds: known },
  );
  return new AnalysisSnapshot(
    key,
    families,
    graph,
    publications,
    new Date().toISOString(),
    Math.round(performance.now() - started),
  );
}
