/**
 * The vocabulary lists (`@graphite` → 石墨, graphite*) a chain's rules refer to, read from the
 * graph (ingest stores them on the IndustryChain node): a rule shown "in full" must show what its
 * references mean, and a rule preview or re-tag must expand them as ingest did.
 */
import type { Database } from '@graph-schema/db/driver';
import type { ReviewRule } from '@graph-schema/dto/branch-review';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';

const VOCABULARIES = 'MATCH (c:IndustryChain {id: $chain}) RETURN c.vocabulariesJson AS json';
const Vocabularies = z.record(z.string(), z.array(z.string()));

export async function chainVocabularies(db: Database, chain: string): Promise<Record<string, string[]>> {
  const [row] = await readRows(db, z.object({ json: z.string().nullable() }), VOCABULARIES, { chain });
  return row?.json ? Vocabularies.parse(JSON.parse(row.json)) : {};
}

function referencesOf(rules: readonly ReviewRule[]): Set<string> {
  const terms = rules.flatMap((rule) => [
    ...(rule.keywords?.any ?? []),
    ...(rule.keywords?.all ?? []).flatMap((condition) => condition.split('|')),
    ...(rule.keywords?.exclude ?? []),
  ]);
  return new Set(terms.filter((term) => term.startsWith('@')).map((term) => term.slice(1)));
}

export async function vocabulariesUsed(
  db: Database,
  chain: string,
  rules: readonly ReviewRule[],
): Promise<Record<string, string[]>> {
  const vocabularies = await chainVocabularies(db, chain);
  const used: Record<string, string[]> = {};
  for (const name of [...referencesOf(rules)].sort()) {
    const words = vocabularies[name];
    if (words) used[name] = words;
  }
  return used;
}
