import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNONYM_TABLE_FILE, shippedSynonymTable } from './synonym-table';

const definitionsDir = path.join(path.dirname(SYNONYM_TABLE_FILE), '../../../ingest/chains/definitions');

/** The vocabulary lists of a shipped chain definition. */
function chainVocabularies(chain: string): Record<string, string[]> {
  const definition = JSON.parse(readFileSync(path.join(definitionsDir, `${chain}.json`), 'utf8')) as {
    vocabularies?: Record<string, string[]>;
  };
  return definition.vocabularies ?? {};
}

describe('the shipped FTO synonym table', () => {
  it('parses, states its source, and covers both languages in every group', () => {
    const table = shippedSynonymTable();
    expect(table.source).toMatch(/ingest\/chains\/definitions/);
    expect(table.groups.length).toBeGreaterThan(50);
    for (const group of table.groups) {
      expect(group.zh.length, group.id).toBeGreaterThan(0);
      expect(group.en.length, group.id).toBeGreaterThan(0);
    }
  });

  it('a chain:… group has only its vocabulary’s terms; a project+chain:… group shares at least one', () => {
    const problems = shippedSynonymTable().groups.flatMap((group) => {
      const match = /^(project\+)?chain:([a-z-]+):([a-z0-9-]+)$/.exec(group.basis);
      if (!match) return group.basis === 'project' ? [] : [`${group.id}: unknown basis ${group.basis}`];
      const [, extended, chain, vocabulary] = match;
      const known = new Set((chainVocabularies(chain!)[vocabulary!] ?? []).map((term) => term.toLowerCase()));
      const terms = [...group.zh, ...group.en];
      const outside = terms.filter((term) => !known.has(term.toLowerCase()));
      if (extended)
        return outside.length < terms.length ? [] : [`${group.id}: no term of ${chain}:${vocabulary}`];
      return outside.map((term) => `${group.id}: ${term} is not in ${chain}:${vocabulary}`);
    });
    expect(problems).toEqual([]);
  });
});
