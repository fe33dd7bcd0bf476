/**
 * Which export's statement about a patent wins when two disagree (issue 14; the rules and their
 * reasons: docs/decisions/2026-12-04-ingest-precedence.md). Weakest first, by ingest format id
 * (ingest/formats.ts): an office's own data beats a database that re-keys it, a curated commercial
 * database beats a free aggregator. Between exports of one source the later import replaces.
 */
export const SOURCE_PRECEDENCE = [
  'patentscope',
  'google',
  'lens',
  'cnipr',
  'patsnap-family',
  'patsnap',
  'incopat',
  'patentsview',
  'epo-ops-xml',
  'uspto-xml',
] as const;
export type RankedSource = (typeof SOURCE_PRECEDENCE)[number];

/** A source's rank, higher wins; a source outside the list (or none: data loaded before provenance) ranks -1. */
export const sourceRank = (source: string | undefined | null): number =>
  (SOURCE_PRECEDENCE as readonly string[]).indexOf(source ?? '');

/** The same rank as a Cypher expression over `expression` (a stored source); the literals come from the closed list. */
export const sourceRankCypher = (expression: string): string =>
  `CASE ${expression} ${SOURCE_PRECEDENCE.map((source, rank) => `WHEN '${source}' THEN ${rank}`).join(' ')} ELSE -1 END`;
