/**
 * A narrower scope's snapshot derived from a cached wider one (issue 15: a branch from its chain or
 * from the whole corpus) instead of a fresh build. A family record is folded from the rows of its
 * members in scope, and a row does not depend on the scope (citing families, family members and
 * offices come from the whole graph), so a family whose members in the narrow scope are exactly its
 * members in the wide one has the wide snapshot's record. Only the rest ("partial" families) are
 * read and folded again. With no partial family the citation graph is the wide graph's edges among
 * the kept families; otherwise the narrow scope's citation rows are read as a fresh build reads them.
 * The light member query replaces the heavy per-patent read for every family kept.
 * The result equals a fresh build's (test/api-analytics-off-event-loop.int compares them).
 */
import type { Database } from '@graph-schema/db/driver';
import type { ScopeQuery } from '@graph-schema/dto/scope';
import { z } from 'zod';
import { streamRows } from '../db/read';
import { scopeClause } from '../scope/scope-clause';
import { type AnalysisSnapshot, scopeKey } from './snapshot';
import { assembleSnapshot, EdgeInterner } from './snapshot-assembly';
import {
  SnapshotCitationRow,
  SnapshotPatentRow,
  snapshotCitationsQuery,
  snapshotPatentsByIdQuery,
} from './snapshot-cypher';
import { FamilyFolder, type FamilyRecord, type FoldedFamilies } from './snapshot-families';

/** Families whose edges are copied between two turns of the event loop. */
const INDUCE_SLICE = 5_000;

const MemberRow = z.object({ id: z.string(), familyId: z.string() });

/** Fields that only narrow a scope; dropping them (in this order) gives a wider scope to derive from. */
const NARROWING_FIELDS = ['branch', 'segment', 'chain'] as const;

/**
 * The wider scopes a snapshot of `scope` is derived from, nearest first: without its branch, then
 * segment, then chain, then the whole corpus (visible to the same user, as every scope key says).
 * Only scopes narrowed by chain membership are derived: an office or a year window splits families
 * (members fall outside it), so a derivation would read almost what a fresh build reads plus the
 * member list (test corpus: the US office derived in 398 ms, built fresh in 312 ms).
 */
export function widerScopes(scope: ScopeQuery): ScopeQuery[] {
  if (NARROWING_FIELDS.every((field) => scope[field] === undefined)) return [];
  const wider: ScopeQuery[] = [];
  let current: ScopeQuery = scope;
  for (const field of NARROWING_FIELDS) {
    if (current[field] === undefined) continue;
    current = { ...current, [field]: undefined };
    wider.push(current);
  }
  // The whole corpus as the citation-map warm-up caches it: no field filters, the default basis.
  const whole = { dateBasis: 'priority' } as ScopeQuery;
  if (!wider.some((candidate) => scopeKey(candidate) === scopeKey(whole))) wider.push(whole);
  return wider;
}

export interface DerivationFigures {
  readonly kept: number;
  readonly refolded: number;
}

/** The families of the narrow scope: the wide snapshot's records kept, the partial ones folded anew. */
class DerivedFamilies implements FoldedFamilies {
  constructor(
    private readonly kept: FamilyRecord[],
    private readonly refolded: FamilyFolder,
  ) {}

  get publications(): number {
    return this.kept.reduce((sum, record) => sum + record.memberIds.length, 0) + this.refolded.publications;
  }

  async recordsInSlices(): Promise<FamilyRecord[]> {
    return [...this.kept, ...(await this.refolded.recordsInSlices())];
  }
}

/** The scope's members by family (a family without an id is its one publication, as the folder says). */
async function membersByFamily(db: Database, scope: ScopeQuery): Promise<Map<string, string[]>> {
  const { where, params } = scopeClause(scope, 'p');
  const cypher = `MATCH (p:Patent) WHERE ${where} RETURN p.id AS id, coalesce(p.familyId, p.id) AS familyId`;
  return streamRows(db, MemberRow, cypher, params, () => {
    const families = new Map<string, string[]>();
    return {
      onRow: (row) => {
        const members = families.get(row.familyId);
        if (members) members.push(row.id);
        else families.set(row.familyId, [row.id]);
      },
      finish: () => families,
    };
  });
}

function sameMembers(record: FamilyRecord | undefined, members: readonly string[]): record is FamilyRecord {
  if (!record || record.memberIds.length !== members.length) return false;
  const inScope = new Set(members);
  return record.memberIds.every((id) => inScope.has(id));
}

/** The partial families' members in scope, read and folded as a fresh build reads and folds them. */
async function refold(db: Database, ids: string[]): Promise<FamilyFolder> {
  if (ids.length === 0) return new FamilyFolder();
  const patents = snapshotPatentsByIdQuery(ids);
  return streamRows(db, SnapshotPatentRow, patents.cypher, patents.params, () => {
    const attempt = new FamilyFolder();
    return { onRow: (row) => attempt.add(row), finish: () => attempt };
  });
}

async function citationsOf(db: Database, scope: ScopeQuery): Promise<EdgeInterner> {
  const citations = snapshotCitationsQuery(scope);
  return streamRows(db, SnapshotCitationRow, citations.cypher, citations.params, () => {
    const interner = new EdgeInterner();
    return {
      onRow: (row) => {
        if (row.citing && row.cited) interner.add(row.citing, row.cited);
      },
      finish: () => interner,
    };
  });
}

/**
 * The wide graph's edges among the kept families. Exact when every family of the scope is kept:
 * their members in scope are their members in the wide scope, so a member citing a member is the
 * same fact in both, and the wide graph was built from the same citation rows (distinct family
 * pairs, no self-citation). Yields to the event loop between slices of families.
 */
async function inducedEdges(wide: AnalysisSnapshot, kept: readonly FamilyRecord[]): Promise<EdgeInterner> {
  const { graph } = wide;
  const inScope = new Uint8Array(graph.nodeCount);
  const nodes = kept.map((record) => graph.indexOf.get(record.familyId)!);
  for (const node of nodes) inScope[node] = 1;
  const interner = new EdgeInterner();
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k]!;
    for (let edge = graph.outOffsets[node]!; edge < graph.outOffsets[node + 1]!; edge++) {
      const cited = graph.outTargets[edge]!;
      if (inScope[cited]) interner.add(graph.ids[node]!, graph.ids[cited]!);
    }
    if (k % INDUCE_SLICE === INDUCE_SLICE - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  return interner;
}

export async function deriveSnapshot(
  db: Database,
  scope: ScopeQuery,
  wide: AnalysisSnapshot,
): Promise<{ snapshot: AnalysisSnapshot; figures: DerivationFigures }> {
  const started = performance.now();
  const members = await membersByFamily(db, scope);
  const kept: FamilyRecord[] = [];
  const partialIds: string[] = [];
  for (const [familyId, ids] of members) {
    const index = wide.graph.indexOf.get(familyId);
    const record = index === undefined ? undefined : wide.families[index];
    if (sameMembers(record, ids)) kept.push(record);
    else partialIds.push(...ids);
  }
  // With every family whole, the wide graph's edges among them are the scope's (see inducedEdges).
  const [refolded, edges] = await Promise.all([
    refold(db, partialIds),
    partialIds.length === 0 ? inducedEdges(wide, kept) : citationsOf(db, scope),
  ]);
  const families = new DerivedFamilies(kept, refolded);
  const snapshot = await assembleSnapshot(scopeKey(scope), families, edges, started);
  return { snapshot, figures: { kept: kept.length, refolded: members.size - kept.length } };
}
