/**
 * The family statements of ingest/load/statements.ts (MERGE_FAMILIES, MERGE_FAMILY_MEMBERS,
 * JOIN_NAMED_MEMBERS, JOIN_SAME_PRIORITIES) applied to the in-memory graph, in the same order.
 */
import { FAMILY_KINDS } from '@graph-schema/vocabulary/family';
import type { BatchRows } from '../load/rows';
import { type BulkGraph, isReal, type PatentState } from './graph';

const rankOf = (kind: unknown) => FAMILY_KINDS.indexOf(kind as (typeof FAMILY_KINDS)[number]);

/** statements.ts `outranks`: a stronger kind, or the lower of two exporters' ids for one simple family. */
export function outranks(a: unknown, aId: unknown, b: unknown, bId: unknown): boolean {
  if (rankOf(a) > rankOf(b)) return true;
  return a === 'exporter-simple' && b === 'exporter-simple' && String(aId) < String(bId);
}

interface Key {
  id: string;
  kind: string;
}

/** Moves a publication into family `key`, dropping its other IN_FAMILY link and a family left empty. */
function moveInto(graph: BulkGraph, patent: PatentState, key: Key): void {
  const previous = patent.props.familyId as string | undefined;
  patent.props.familyId = key.id;
  patent.props.familyKind = key.kind;
  if (previous === key.id) return;
  let family = graph.families.get(key.id);
  if (!family) {
    family = { kind: key.kind, members: 0 };
    graph.families.set(key.id, family);
  }
  family.members += 1;
  if (previous === undefined) return;
  // A publication is always counted in the family its familyId names (only this function sets it).
  const old = graph.families.get(previous);
  if (old && --old.members === 0) graph.families.delete(previous);
}

function strongestNamed(graph: BulkGraph, members: string[], kind: string, familyId: string): Key | null {
  let best: Key | null = null;
  for (const id of members) {
    const named = graph.patents.get(id);
    if (!isReal(named) || named.props.familyId == null) continue;
    const candidate = { id: named.props.familyId as string, kind: named.props.familyKind as string };
    if (!outranks(candidate.kind, candidate.id, kind, familyId)) continue;
    const better =
      !best ||
      rankOf(candidate.kind) > rankOf(best.kind) ||
      (rankOf(candidate.kind) === rankOf(best.kind) && candidate.id < best.id);
    if (better) best = candidate;
  }
  return best;
}

function sameSetFamily(graph: BulkGraph, signature: string | null): Key | null {
  let best: Key | null = null;
  for (const id of graph.withSignature(signature)) {
    const twin = graph.patents.get(id);
    if (!isReal(twin) || twin.props.sourceFamilyId == null || twin.props.familyKind !== 'exporter-simple')
      continue;
    const familyId = twin.props.familyId as string;
    if (!best || familyId < best.id) best = { id: familyId, kind: 'exporter-simple' };
  }
  return best;
}

function mergeFamilies(graph: BulkGraph, rows: BatchRows): void {
  for (const row of rows.families) {
    const m = graph.patents.get(row.id);
    if (!m) continue;
    const stronger = strongestNamed(graph, row.members, row.familyKind, row.familyId);
    const sameSet = row.familyKind === 'earliest-priority' ? sameSetFamily(graph, row.signature) : null;
    const key = stronger ?? sameSet ?? { id: row.familyId, kind: row.familyKind };
    const current = m.props;
    if (current.familyId != null && outranks(current.familyKind, current.familyId, key.kind, key.id))
      continue;
    moveInto(graph, m, key);
  }
}

function mergeFamilyMembers(graph: BulkGraph, rows: BatchRows): void {
  for (const row of rows.familyMembers) {
    const family = graph.families.get(row.familyId);
    if (!family) continue;
    const added = row.members.filter((m) => !(family.memberIds ?? []).includes(m));
    if (added.length > 0) family.memberIds = [...(family.memberIds ?? []), ...added];
  }
}

function joinNamedMembers(graph: BulkGraph, rows: BatchRows): void {
  for (const row of rows.familyMembers) {
    if (!graph.families.has(row.familyId)) continue;
    for (const id of row.members) {
      const m = graph.patents.get(id);
      if (!isReal(m) || m.props.familyId == null || m.props.familyId === row.familyId) continue;
      if (!outranks(row.familyKind, row.familyId, m.props.familyKind, m.props.familyId)) continue;
      moveInto(graph, m, { id: row.familyId, kind: row.familyKind });
    }
  }
}

function joinSamePriorities(graph: BulkGraph, rows: BatchRows): void {
  for (const row of rows.families) {
    if (row.familyKind !== 'exporter-simple' || row.signature === null) continue;
    if (!graph.families.has(row.familyId)) continue;
    for (const id of [...graph.withSignature(row.signature)]) {
      const m = graph.patents.get(id);
      if (!isReal(m) || m.props.sourceFamilyId != null || m.props.familyId == null) continue;
      if (m.props.familyId === row.familyId) continue;
      const kind = m.props.familyKind;
      if (
        kind !== 'earliest-priority' &&
        !(kind === 'exporter-simple' && row.familyId < String(m.props.familyId))
      )
        continue;
      moveInto(graph, m, { id: row.familyId, kind: row.familyKind });
    }
  }
}

export function applyFamilies(graph: BulkGraph, rows: BatchRows): void {
  if (rows.families.length > 0) mergeFamilies(graph, rows);
  mergeFamilyMembers(graph, rows);
  joinNamedMembers(graph, rows);
  if (rows.families.length > 0) joinSamePriorities(graph, rows);
}
