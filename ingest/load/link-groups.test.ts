import { SOURCE_PRECEDENCE, sourceRank } from '@graph-schema/vocabulary/source-precedence';
import { describe, expect, it } from 'vitest';
import { FORMAT_IDS } from '../formats';
import { exportFixture, readAll } from '../testing/read-all';
import { linkGroupsOf } from './links';
import { toBatchRows } from './rows';

describe('link groups', () => {
  it('gives every ingest format a precedence rank, each once', () => {
    expect([...SOURCE_PRECEDENCE].sort()).toEqual([...FORMAT_IDS].sort());
    expect(sourceRank('uspto-xml')).toBeGreaterThan(sourceRank('lens'));
    expect(sourceRank(undefined)).toBe(-1);
  });

  it('groups a patent’s links of each kind with its source, rank and every key it names', async () => {
    const results = await readAll(exportFixture('patsnap-zh.csv'));
    const records = results.flatMap((result) => (result.ok ? [result.record] : []));
    const rows = toBatchRows(records.map((record) => ({ record, branches: [], fields: [] })));
    const groups = linkGroupsOf(rows);
    const [applicants] = groups.filedBy;
    expect(applicants).toMatchObject({ id: 'CN112345678A', source: 'patsnap', rank: sourceRank('patsnap') });
    expect(applicants!.keys).toHaveLength(rows.filedBy.length);
    expect(applicants!.items.map((item) => item.key)).toEqual(applicants!.keys);
    // Outgoing citations only: the record's own list, keyed by the cited publication.
    expect(groups.citations[0]!.keys).toEqual(['CN109876543A', 'US20190123456A1']);
    // A kind the record names nothing of gives no group, so it replaces nothing.
    expect(groups.tags).toEqual([]);
  });
});
