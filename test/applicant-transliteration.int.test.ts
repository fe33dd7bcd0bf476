/**
 * Cyrillic and Latin spellings of one applicant load as one Applicant (graph-schema/vocabulary/
 * transliteration.json), named as first seen, with every spelling kept
 * (test/fixtures/parties/lens-2018-applicants-cyrillic.csv).
 */

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { readApplicantMerges } from '@ingest/audit/applicant-merges';
import { runIngest } from '@ingest/pipeline/ingest';
import { search } from '@server/features/search/search';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clearGraph, connectTestDatabase } from './helpers/db';
import { REPO_ROOT } from './shared-fixtures';

const FILE = path.join(REPO_ROOT, 'test', 'fixtures', 'parties', 'lens-2018-applicants-cyrillic.csv');
const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-quarantine-'));

const ApplicantRow = z.object({ key: z.string(), name: z.string(), aliases: z.array(z.string()) });
const APPLICANTS =
  'MATCH (a:Applicant) RETURN a.key AS key, a.name AS name, a.aliases AS aliases ORDER BY key';

describe('Cyrillic and Latin applicant spellings against the real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => clearGraph(db));
  afterAll(async () => db.driver.close());

  it('loads ООО «Аэроскан» and OOO AEROSKAN as one applicant, keeping both spellings', async () => {
    await runIngest(db, [FILE], { quarantineDir });
    expect(await readRows(db, ApplicantRow, APPLICANTS)).toEqual([
      { key: 'aeroskan', name: 'ООО «Аэроскан»', aliases: ['ООО «Аэроскан»', 'OOO AEROSKAN'] },
      { key: 'yunimaks', name: 'ZAO JUNIMAKS', aliases: ['ZAO JUNIMAKS', 'ЗАО «Юнимакс»'] },
    ]);
    const merges = await readApplicantMerges(db, 0);
    expect(merges.applicants.map((applicant) => [applicant.key, applicant.patents])).toEqual([
      ['aeroskan', 2],
      ['yunimaks', 1],
    ]);
  });

  it('finds the applicant from its Cyrillic or Latin name (the search forms the same key)', async () => {
    await runIngest(db, [FILE], { quarantineDir });
    const found: Array<[string, string[]]> = [];
    for (const q of ['Аэроскан', 'AEROSKAN', 'ЗАО Юнимакс', 'ZAO JUNIMAKS']) {
      const { applicants } = await search(db, { q, limit: 5 });
      found.push([q, applicants.map((hit) => hit.key)]);
    }
    expect(found).toEqual([
      ['Аэроскан', ['aeroskan']],
      ['AEROSKAN', ['aeroskan']],
      ['ЗАО Юнимакс', ['yunimaks']],
      ['ZAO JUNIMAKS', ['yunimaks']],
    ]);
  });
});
