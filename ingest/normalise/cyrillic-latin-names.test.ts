/**
 * Cyrillic and Latin spellings of one party share a key; names that differ only where a spelling
 * fold could join them keep two (test/fixtures/parties/cyrillic-latin-pairs.json).
 */
import { readFileSync } from 'node:fs';
import { partyKey } from '@graph-schema/vocabulary/parties';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportFixture } from '../testing/read-all';

const Pair = z.tuple([z.string().min(1), z.string().min(1)]);
const Pairs = z.object({ same: z.array(Pair), different: z.array(Pair) });
// Read, not imported: ingest may not import test/ (test/architecture/).
const { same, different } = Pairs.parse(
  JSON.parse(readFileSync(exportFixture('../parties/cyrillic-latin-pairs.json'), 'utf8')),
);

describe('Cyrillic and Latin spellings (cyrillic-latin-pairs.json)', () => {
  it('holds 20+ pairs of one party and 20 pairs of two', () => {
    expect(same.length).toBeGreaterThanOrEqual(20);
    expect(different.length).toBeGreaterThanOrEqual(20);
  });

  it('gives the Cyrillic and the Latin spelling of one party one key', () => {
    const split = same
      .filter(([cyrillic, latin]) => partyKey(cyrillic) !== partyKey(latin))
      .map(([cyrillic, latin]) => `${cyrillic} → ${partyKey(cyrillic)} | ${latin} → ${partyKey(latin)}`);
    expect(split).toEqual([]);
  });

  it('keeps two keys for two parties whose names differ only in folded letters', () => {
    const joined = different
      .filter(([one, other]) => partyKey(one) === partyKey(other))
      .map(([one, other]) => `${one} | ${other} → ${partyKey(one)}`);
    expect(joined).toEqual([]);
  });

  it('keys a Cyrillic name in Latin letters', () => {
    expect(['ООО «Аэроскан»', 'ОАО «Красный Октябрь»', 'ООО «Щёлково Агрохим»'].map(partyKey)).toEqual([
      'aeroskan',
      'krasny oktyabr',
      'shchelkovo agrokhim',
    ]);
  });
});
