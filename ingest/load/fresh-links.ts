/**
 * Links of a kind a patent had none of before this batch (MERGE_PATENTS reports the types it had,
 * after taking each patent's write lock): there is nothing to drop, no held rank and no link to
 * find, so the links are CREATEd, which is what LINK (link-statements.ts) would write, without the
 * look-ups MERGE makes per link. One statement writes all eight kinds, one CALL per kind, so a
 * patent is found once per batch instead of once per kind
 * (docs/decisions/2026-12-05-incremental-fresh-links.md). Targets are found (or made, for cited
 * stubs) exactly as LINK does; the index hints keep a plan compiled on a near-empty graph from
 * scanning (see statements.ts).
 */
import type { LinkGroupRow } from './link-groups';
import { KINDS, LINK_KIND_NAMES, type LinkKind, type LinkKindName } from './link-statements';

/** One patent: its provenance and, per kind it is fresh for, the items its record names (absent: none). */
export type FreshLinkRow = { id: string; source: string; sourceFile: string } & Partial<
  Record<LinkKindName, Array<{ key: string }>>
>;

/** The link's properties: provenance first, then the kind's own (the same values LINK sets). */
const propertyMap = (kind: LinkKind) =>
  [
    'datasets: $datasets',
    'source: row.source',
    'sourceFile: row.sourceFile',
    ...Object.entries(kind.props).map(([name, value]) => `${name}: ${value}`),
  ].join(', ');

const createKind = (name: LinkKindName) => {
  const kind: LinkKind = KINDS[name];
  const target =
    kind.target$ ??
    `MATCH (t:${kind.target} {${kind.keyProperty}: item.key}) USING INDEX t:${kind.target}(${kind.keyProperty})`;
  return `
CALL (p, row) {
  UNWIND coalesce(row.${name}, []) AS item
  ${target}
  CREATE (p)-[:${kind.type} {${propertyMap(kind)}}]->(t)
}`;
};

/**
 * `$datasets` is `[dataset]`, or null outside a dataset (CREATE leaves a null property unset, as
 * LINK's `SET r.datasets = null` does). Unit subqueries keep the outer row, so a kind a patent
 * names nothing of creates nothing and the next kind still runs.
 */
export const CREATE_FRESH_LINKS = `
UNWIND $rows AS row
MATCH (p:Patent {id: row.id}) USING INDEX p:Patent(id)${LINK_KIND_NAMES.map(createKind).join('')}`;

/** The relationship types each batch patent already had going out (MERGE_PATENTS' `linked`); absent: none. */
export type HeldTypes = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Whether a patent's links of one kind can be CREATEd: it has no outgoing relationship of the kind's
 * type, so DROP finds nothing and LINK's held rank and `had` look-ups find nothing (link-statements.ts).
 * By type, not by kind's target: a patent with CPC links is not fresh for IPC either (both are
 * CLASSIFIED_AS), and any CITES, also one stated from the cited side, makes citations not fresh.
 */
export const isFresh = (held: HeldTypes, kind: LinkKindName, id: string): boolean =>
  !held.get(id)?.has(KINDS[kind].type);

/** The groups of every kind a patent is fresh for, one row per patent (other kinds left out). */
export function freshLinkRows(
  groups: Record<LinkKindName, Array<LinkGroupRow<{ key: string }>>>,
  held: HeldTypes,
): FreshLinkRow[] {
  const rows = new Map<string, FreshLinkRow>();
  for (const name of LINK_KIND_NAMES) {
    for (const group of groups[name]) {
      if (!isFresh(held, name, group.id)) continue;
      let row = rows.get(group.id);
      if (!row) {
        row = { id: group.id, source: group.source, sourceFile: group.sourceFile };
        rows.set(group.id, row);
      }
      row[name] = group.items;
    }
  }
  return [...rows.values()];
}
