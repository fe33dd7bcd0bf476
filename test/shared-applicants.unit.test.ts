/**
 * Applicant kinds and merges on the real Lens drones export (../shared/fixtures; skipped when
 * absent). Figures before this classifier (main at fe89e8c, 2026-12-04): of 7,043 distinct applicant
 * spellings 4,239 were read as persons and 189 as unknown; 6,957 keys, 81 of them merging spellings.
 * A hand check of 40 persons (every n-th of the sorted list) found 3 organisations then (DELTA
 * DRONE, PINOTAGE L L C, SEITZ ENZINGER NOLL MACHINENBA) and 1 now (MESSERSCHMITT BOELKOW BLOHM,
 * named without its legal form and with no institution word).
 * Transliteration and spelling folds (graph-schema/vocabulary/transliteration.json, main at 69e410b
 * before): 6,944 keys → 6,942 and 87 merged applicants → 89. The export holds no Cyrillic spelling
 * (Lens writes DOCDB's Latin names), so the two new merges are Й-ending variants of Russian
 * inventors; 25 spellings changed key, none joining two parties.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { partyKey } from '@graph-schema/vocabulary/parties';
import { guessPartyKind } from '@ingest/normalise/parties';
import { readAll } from '@ingest/testing/read-all';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithSharedFixtures, sharedFixture } from './shared-fixtures';

const SLOW = 120_000;

/** Every spelling of an applicant in the export, sorted. */
async function applicantSpellings(file: string): Promise<string[]> {
  const spellings = new Set<string>();
  for (const result of await readAll(file)) {
    if (!result.ok) continue;
    for (const party of result.record.applicants)
      for (const spelling of [party.raw, ...(party.alsoWritten ?? [])]) spellings.add(spelling);
  }
  return [...spellings].sort();
}

describeWithSharedFixtures('applicant names of the real Lens drones export', () => {
  let workDir = '';
  let spellings: string[] = [];
  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'patnav-applicants-'));
    execFileSync('unzip', [
      '-oq',
      sharedFixture('lens-2018-drones', 'lens_drones_2017_raw.csv.zip'),
      '-x',
      '__MACOSX/*',
      '-d',
      workDir,
    ]);
    spellings = await applicantSpellings(path.join(workDir, 'lens_drones_2017_raw.csv'));
  }, SLOW);
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('reads fewer organisations as persons: kinds of the 7,043 spellings', () => {
    const kinds: Record<string, number> = {};
    for (const spelling of spellings) {
      const kind = guessPartyKind(spelling);
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
    expect(kinds).toEqual({ organisation: 2850, person: 4134, unknown: 59 });
    expect(
      [
        'PINOTAGE L L C',
        'VITROCISET S P A',
        'OOO PARAFARM',
        'US AIR FORCE',
        'WISCONSIN ALUMNI RES FOUND',
        'DELTA DRONE',
      ].map(guessPartyKind),
    ).toEqual(Array(6).fill('organisation'));
  });

  it('a sample of 40 persons, checked by hand, holds one organisation', () => {
    const persons = spellings.filter((spelling) => guessPartyKind(spelling) === 'person');
    const step = Math.floor(persons.length / 40);
    const sample = Array.from({ length: 40 }, (_, i) => persons[i * step]);
    expect(sample).toEqual([
      'ABAD CRIS',
      'ANNIS TED',
      'BARKLEY ROBERT O',
      'BIELAS MICHAEL S',
      'BROSSAY NICOLAS',
      'CARLTON-FOSS JOHN',
      'CHUN JAMES JIWEN',
      'CRONIN JOHN EDWARD',
      'DENNISON JOHN C',
      'DUPONT GUILLAUME',
      'FARJON NATALIE DANIT',
      'FRANKE MATTHIAS',
      'GERSON YARIV',
      'GRINDSTAFF GENE A',
      'HARDING WILLIAM V.',
      'HISEROTE RYAN M',
      'HUSSEINY ABDO A',
      'JOLLY MARK R',
      'KENNEY THOMAS J',
      'KOSSETT ALEX J',
      'LASKER ZEPHRIN',
      'LIN CHANG-TSUNG',
      'MACISAAC GARY LORNE',
      'MATSUMURA TOSHIYUKI',
      // The one organisation: Messerschmitt-Bölkow-Blohm, its "GMBH" cut off by DOCDB.
      'MESSERSCHMITT BOELKOW BLOHM',
      'MUFFIE KEVIN MICHAEL',
      'NORRIS MARK A',
      'PARANTO JOSEPH NOLAN',
      'PILLAI NARAYANA SATEESH',
      'RAO SANJAY K',
      'ROD ABRAMSON',
      'SAMMUT DENNIS',
      'SERIANI MALAK',
      'SLENKER KIRK A',
      'STEHLIK CHRISTIAN',
      'TANG RUJING',
      'TUCK; EDWARD F.',
      'VON BARTHELDNE ABRI JUDIT',
      'WHELAN DAVID A',
      'YAMADA ATSUSHI',
    ]);
  });

  it('merges the nine spellings of one Russian LLC and the spaced L L C forms', () => {
    const byKey = new Map<string, string[]>();
    for (const spelling of spellings)
      byKey.set(partyKey(spelling), [...(byKey.get(partyKey(spelling)) ?? []), spelling]);
    expect(byKey.size).toBe(6942);
    expect([...byKey.values()].filter((group) => group.length > 1).length).toBe(89);
    expect(byKey.get('parafarm')).toHaveLength(9);
    expect(byKey.get('platypus ip')).toEqual(['PLATYPUS IP L L C', 'PLATYPUS IP LLC']);
  });

  it('merges the Й-ending variants of Russian names and holds no Cyrillic spelling', () => {
    expect(spellings.filter((spelling) => /\p{Script=Cyrillic}/u.test(spelling))).toEqual([]);
    expect(
      ['ELISTRATOV DMITRIY GENNADJEVICH', 'KRUTYAKOV EVGENIY N', 'ABHYANKER RAJ', 'ZHU XIAOYI'].map(partyKey),
    ).toEqual([
      partyKey('ELISTRATOV DMITRY GENNADJEVICH'),
      partyKey('KRUTYAKOV EVGENY N'),
      'abhyanker raj',
      'zhu xiaoyi',
    ]);
  });
});
