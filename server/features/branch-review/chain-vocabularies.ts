/**
 * The vocabulary lists (`@graphite` → 石墨, graphite*) a rule refers to, read from the shipped
 * chain definitions: the graph stores the rules as written, and a rule shown "in full" must show
 * what its references mean. A chain loaded from a user's own file is not known here: its
 * references are shown as written.
 */
import type { ReviewRule } from '@graph-schema/dto/branch-review';
import { loadBuiltInAndUserChains } from '@ingest/chains/load';

let shipped: Promise<Map<string, Record<string, string[]>>> | undefined;

function shippedVocabularies(): Promise<Map<string, Record<string, string[]>>> {
  shipped ??= loadBuiltInAndUserChains().then(
    ({ chains }) => new Map(chains.map((loaded) => [loaded.chain.id, loaded.chain.vocabularies ?? {}])),
  );
  return shipped;
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
  chain: string,
  rules: readonly ReviewRule[],
): Promise<Record<string, string[]>> {
  const vocabularies = (await shippedVocabularies()).get(chain) ?? {};
  const used: Record<string, string[]> = {};
  for (const name of [...referencesOf(rules)].sort()) {
    const words = vocabularies[name];
    if (words) used[name] = words;
  }
  return used;
}
