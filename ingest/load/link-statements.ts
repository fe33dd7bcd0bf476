/**
 * A patent's links of one kind (applicants, owners, inventors, classes, cited publications, branch
 * tags, fields) are replaced as a whole by the record that wins by precedence
 * (graph-schema/vocabulary/source-precedence.ts; docs/decisions/2026-12-04-ingest-precedence.md):
 * a record whose source ranks at least as high as every source that stated the current links
 * replaces them; a weaker record changes no link and only adds its dataset to the links it agrees
 * with. Each link keeps `source` (the winning format), `sourceFile` and `datasets` (every dataset
 * that stated it), so deleting a dataset removes exactly what only it brought (remove-dataset.ts).
 * Two statements per kind, run in the same transaction: DROP removes the stale links (returning the
 * targets, which may be left without links), LINK merges the stated ones. Both are idempotent.
 */
import { sourceRankCypher } from '@graph-schema/vocabulary/source-precedence';

export interface LinkKind {
  type: 'FILED_BY' | 'OWNED_BY' | 'INVENTED_BY' | 'CLASSIFIED_AS' | 'CITES' | 'TAGGED' | 'IN_FIELD';
  target: 'Applicant' | 'Inventor' | 'IPC' | 'CPC' | 'Patent' | 'TechBranch' | 'TechField';
  keyProperty: 'key' | 'code' | 'id';
  /** Restricts the links this kind owns (a CITES link stated by the cited record is not the citing record's). */
  owned?: (link: string) => string;
  /** How the target is found (MATCH) or made (a cited publication outside the set becomes a stub). */
  target$?: string;
  /** Properties the winning record sets on each link beyond its provenance: name → Cypher of `item`. */
  props: Readonly<Record<string, string>>;
}

/** `, r.name = expression` for each of the kind's properties (LINK's SET). */
const setClause = (kind: LinkKind) =>
  Object.entries(kind.props)
    .map(([name, value]) => `, r.${name} = ${value}`)
    .join('');

const ownedClause = (kind: LinkKind, link: string) => (kind.owned ? ` AND ${kind.owned(link)}` : '');

/** The strongest rank among the sources of the patent's current links of this kind (-1: none). */
const heldRank = (kind: LinkKind) => `
OPTIONAL MATCH (p)-[held:${kind.type}]->(:${kind.target}) WHERE true${ownedClause(kind, 'held')}
WITH p, row, coalesce(max(${sourceRankCypher('held.source')}), -1) AS heldRank`;

const drop = (kind: LinkKind) => `
UNWIND $rows AS row
MATCH (p:Patent {id: row.id})${heldRank(kind)}
WHERE heldRank <= row.rank
MATCH (p)-[stale:${kind.type}]->(gone:${kind.target})
WHERE NOT gone.${kind.keyProperty} IN row.keys${ownedClause(kind, 'stale')}
DELETE stale
RETURN collect(DISTINCT elementId(gone)) AS released`;

const ADD_DATASET = `r.datasets = CASE WHEN $dataset IS NULL OR $dataset IN coalesce(r.datasets, [])
  THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END`;

const link = (kind: LinkKind) => `
UNWIND $rows AS row
MATCH (p:Patent {id: row.id})${heldRank(kind)}
WITH p, row, heldRank <= row.rank AS wins
UNWIND row.items AS item
OPTIONAL MATCH (p)-[had:${kind.type}]->(:${kind.target} {${kind.keyProperty}: item.key})
WITH p, row, item, wins, had WHERE wins OR had IS NOT NULL
${kind.target$ ?? `MATCH (t:${kind.target} {${kind.keyProperty}: item.key})`}
MERGE (p)-[r:${kind.type}]->(t)
SET ${ADD_DATASET}
WITH r, row, item WHERE wins
SET r.source = row.source, r.sourceFile = row.sourceFile${setClause(kind)}`;

export const KINDS = {
  filedBy: {
    type: 'FILED_BY',
    target: 'Applicant',
    keyProperty: 'key',
    props: { order: 'item.order', spellings: 'item.spellings' },
  },
  ownedBy: {
    type: 'OWNED_BY',
    target: 'Applicant',
    keyProperty: 'key',
    props: { order: 'item.order', spellings: 'item.spellings' },
  },
  inventedBy: { type: 'INVENTED_BY', target: 'Inventor', keyProperty: 'key', props: { order: 'item.order' } },
  ipcLinks: { type: 'CLASSIFIED_AS', target: 'IPC', keyProperty: 'code', props: {} },
  cpcLinks: { type: 'CLASSIFIED_AS', target: 'CPC', keyProperty: 'code', props: {} },
  citations: {
    type: 'CITES',
    target: 'Patent',
    keyProperty: 'id',
    owned: (l: string) => `coalesce(${l}.via, 'cites') = 'cites'`,
    target$: `MERGE (t:Patent {id: item.key})
ON CREATE SET t.external = true, t.office = item.office, t.jurisdiction = item.office`,
    props: { via: "'cites'" },
  },
  tags: {
    type: 'TAGGED',
    target: 'TechBranch',
    keyProperty: 'id',
    props: { chain: 'item.chainId', rule: 'item.ruleId', matchedBy: 'item.matchedBy' },
  },
  fields: { type: 'IN_FIELD', target: 'TechField', keyProperty: 'id', props: {} },
} as const satisfies Record<string, LinkKind>;

export type LinkKindName = keyof typeof KINDS;
export const LINK_KIND_NAMES = Object.keys(KINDS) as LinkKindName[];

interface KindStatements {
  drop: string;
  link: string;
}

/** DROP and LINK statements per kind, built once from the literals above (fresh patents: fresh-links.ts). */
export const LINK_STATEMENTS: Record<LinkKindName, KindStatements> = Object.fromEntries(
  LINK_KIND_NAMES.map((name) => [name, { drop: drop(KINDS[name]), link: link(KINDS[name]) }]),
) as Record<LinkKindName, KindStatements>;

/**
 * A citation a record states from the cited side (`citedBy`) is added, never replaced: the citing
 * record owns its own list. The link notes how it was learned unless the citing record stated it.
 */
export const MERGE_CITED_BY = `
UNWIND $rows AS row
MERGE (a:Patent {id: row.from})
ON CREATE SET a.external = true, a.office = left(row.from, 2), a.jurisdiction = left(row.from, 2)
WITH a, row
MATCH (b:Patent {id: row.to})
MERGE (a)-[r:CITES]->(b)
ON CREATE SET r.via = 'citedBy'
SET ${ADD_DATASET}`;

/**
 * Targets a DROP left without any link: applicants and inventors no record names any more, and
 * stubs of publications no longer cited, are deleted; classes, branches and fields stay (they
 * have their hierarchy), as does anything still linked.
 */
export const DELETE_RELEASED = `
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
  AND (n:Applicant OR n:Inventor OR (n:Patent AND n.external = true))
  AND NOT EXISTS { (n)--() }
DELETE n`;
