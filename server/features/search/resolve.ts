/**
 * Looks up what the query tree's leaves need before the one family query runs: the publications each
 * word term finds in the full-text index `patent_search_text` (migration 007), and the applicants each
 * `pa:` term names by display name, party key or any recorded spelling (Applicant.aliases).
 */
import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import { MatchedApplicant } from '@graph-schema/dto/search-results';
import { partyKey } from '@graph-schema/vocabulary/parties';
import { readRows } from '@server/platform/db/read';
import { entityKeyOf, entityNameOf } from '@server/platform/scope/applicant-entity';
import { z } from 'zod';
import type { SearchNode } from './syntax';
import type { SearchLeaf, TextField } from './syntax-terms';

export const SEARCH_INDEX = 'patent_search_text';
/** Publications one word term may contribute; more makes the answer a lower bound (`capped`). */
export const TEXT_HITS_MAX = 20_000;
/** Applicants one `pa:` term may name. */
export const APPLICANTS_MAX = 200;

const TEXT_PROPERTIES: Record<TextField, readonly string[]> = {
  any: ['titleZh', 'titleEn', 'abstractZh', 'abstractEn'],
  ti: ['titleZh', 'titleEn'],
  ab: ['abstractZh', 'abstractEn'],
  cl: ['claimsJson'],
};

/**
 * Free text (already escaped) searched in the title and abstract properties, as the index's own
 * multi-field parsing would over exactly those fields: each (field, word) match adds its score.
 */
export function luceneInTitlesAndAbstracts(escaped: string): string {
  return TEXT_PROPERTIES.any.map((property) => `${property}:(${escaped})`).join(' OR ');
}

/** A term as one Lucene phrase per property: the analyzer splits it, the quotes keep its words in order. */
export function luceneFor(field: TextField, value: string): string {
  const phrase = `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
  return TEXT_PROPERTIES[field].map((property) => `${property}:${phrase}`).join(' OR ');
}

const TEXT_HITS = `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene, {limit: $cap}) YIELD node
WHERE node.external = false
RETURN collect(node.id) AS ids`;
const IdsRow = z.object({ ids: z.array(z.string()) });

// Whole-key or key-word-prefix (`byd` finds `byd auto`, not `bydgoszcz`); names and spellings by substring.
const APPLICANTS = `
MATCH (a:Applicant)
WHERE a.key = $key OR a.key STARTS WITH $keyWord
   OR toLower(a.name) CONTAINS $lower OR any(s IN a.aliases WHERE toLower(s) CONTAINS $lower)
WITH a ORDER BY a.key LIMIT $max
RETURN ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name,
       CASE WHEN toLower(a.name) CONTAINS $lower THEN 'name'
            WHEN a.key = $key OR a.key STARTS WITH $keyWord THEN 'key' ELSE 'alias' END AS matchedBy,
       CASE WHEN toLower(a.name) CONTAINS $lower THEN null
            ELSE [s IN a.aliases WHERE toLower(s) CONTAINS $lower][0] END AS alias`;

export interface Resolved {
  /** Publication ids per word leaf. */
  textIds: Map<SearchLeaf, string[]>;
  /** Applicant keys per `pa:` leaf. */
  applicants: Map<SearchLeaf, MatchedApplicant[]>;
  capped: boolean;
}

export function leavesOf(root: SearchNode): SearchLeaf[] {
  const leaves: SearchLeaf[] = [];
  const pending: SearchNode[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.kind === 'and' || node.kind === 'or') pending.push(...node.children);
    else if (node.kind === 'not') pending.push(node.child);
    else leaves.push(node);
  }
  return leaves.sort((a, b) => a.position - b.position);
}

async function applicantsFor(db: Database, value: string): Promise<MatchedApplicant[]> {
  const key = partyKey(value) || value.toLowerCase();
  const params = { key, keyWord: `${key} `, lower: value.toLowerCase(), max: int(APPLICANTS_MAX) };
  const rows = await readRows(db, MatchedApplicant, APPLICANTS, params);
  // Spellings merged into one curated entity answer as that entity, once.
  return [...new Map(rows.map((row) => [row.key, row])).values()];
}

export async function resolveLeaves(db: Database, root: SearchNode): Promise<Resolved> {
  const resolved: Resolved = { textIds: new Map(), applicants: new Map(), capped: false };
  // One leaf at a time: the machine's Neo4j is shared, and a query has at most MAX_TERMS leaves.
  for (const leaf of leavesOf(root)) {
    if (leaf.kind === 'text') {
      const params = { lucene: luceneFor(leaf.field, leaf.value), cap: int(TEXT_HITS_MAX) };
      const [row] = await readRows(db, IdsRow, TEXT_HITS, params);
      const ids = row?.ids ?? [];
      if (ids.length >= TEXT_HITS_MAX) resolved.capped = true;
      resolved.textIds.set(leaf, ids);
    } else if (leaf.kind === 'applicant') {
      const found = await applicantsFor(db, leaf.value);
      if (found.length >= APPLICANTS_MAX) resolved.capped = true;
      resolved.applicants.set(leaf, found);
    }
  }
  return resolved;
}
