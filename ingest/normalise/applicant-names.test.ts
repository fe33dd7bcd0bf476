/**
 * Classification and merging on the applicant-name fixture (test/fixtures/parties/applicant-names.json):
 * spaced, dotted, Cyrillic and transliterated legal forms merge, and so do the Cyrillic and Latin
 * spellings of one name; organisation cues win over the person shape; persons in 'SURNAME GIVEN', 'Surname, Given' and 'SURNAME; GIVEN' stay persons.
 */
import { readFileSync } from 'node:fs';
import { partyKey } from '@graph-schema/vocabulary/parties';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportFixture } from '../testing/read-all';
import { guessPartyKind } from './parties';

const Names = z.object({
  names: z.array(z.object({ name: z.string(), kind: z.enum(['organisation', 'person']), merge: z.string() })),
});
// Read, not imported: ingest may not import test/ (test/architecture/).
const { names } = Names.parse(
  JSON.parse(readFileSync(exportFixture('../parties/applicant-names.json'), 'utf8')),
);

/** merge group → the set of keys its spellings produce. */
function keysByGroup(): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const entry of names) {
    const keys = groups.get(entry.merge) ?? new Set<string>();
    keys.add(partyKey(entry.name));
    groups.set(entry.merge, keys);
  }
  return groups;
}

describe('applicant-name fixture', () => {
  it('holds 40+ names', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
  });

  it('classifies every name as the fixture says', () => {
    const wrong = names
      .filter((entry) => guessPartyKind(entry.name) !== entry.kind)
      .map((entry) => `${entry.name} → ${guessPartyKind(entry.name)}, expected ${entry.kind}`);
    expect(wrong).toEqual([]);
  });

  it('gives the spellings of one applicant one key', () => {
    const split = [...keysByGroup()]
      .filter(([, keys]) => keys.size > 1)
      .map(([group, keys]) => `${group}: ${[...keys].join(' | ')}`);
    expect(split).toEqual([]);
  });

  it('gives different applicants different keys', () => {
    const groupOfKey = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of names) {
      const key = partyKey(entry.name);
      const seen = groupOfKey.get(key);
      if (seen !== undefined && seen !== entry.merge) clashes.push(`${key}: ${seen} and ${entry.merge}`);
      groupOfKey.set(key, entry.merge);
    }
    expect(clashes).toEqual([]);
  });

  it('keys the legal-form examples as the bare name', () => {
    expect(
      [
        'VITROCISET S P A',
        'ALPENFLUG GES M B H',
        'DRONETECH SPOL S R O',
        'OOO AEROSKAN',
        'ООО «Аэроскан»',
      ].map(partyKey),
    ).toEqual(['vitrociset', 'alpenflug', 'dronetech', 'aeroskan', 'aeroskan']);
  });
});
