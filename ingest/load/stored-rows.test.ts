import { describe, expect, it } from 'vitest';
import { emptyRecord, type PatentRecord } from '../record';
import { exportFixture, readAll } from '../testing/read-all';
import { type LoadableRecord, toBatchRows } from './rows';
import { checkBatchRows, RecordPatentStored, StoredRowError } from './stored-rows';

const FIXTURES = ['incopat.csv', 'incopat.xlsx', 'lens-current.csv', 'ops-biblio.xml', 'uspto-bulk.xml'];

async function loadable(name: string): Promise<LoadableRecord[]> {
  const results = await readAll(exportFixture(name));
  return results.flatMap((result) =>
    result.ok ? [{ record: result.record as PatentRecord, branches: [], fields: [] }] : [],
  );
}

function minimal(claims: unknown): LoadableRecord {
  const record = emptyRecord(
    { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' },
    { file: 'x.csv', line: 2, format: 'incopat' },
  );
  return { record: { ...record, claims } as PatentRecord, branches: [], fields: [] };
}

describe('checkBatchRows without re-parsing the JSON columns', () => {
  it.each(FIXTURES)(
    'every Patent row of %s also fits the full stored schema (JSON decoded)',
    async (name) => {
      const rows = toBatchRows(await loadable(name));
      const withJson = rows.patents.filter((row) => row.props.claimsJson || row.props.legalEventsJson);
      expect(rows.patents.length).toBeGreaterThan(0);
      for (const row of rows.patents) {
        const family = { familyId: row.familyId, familyKind: row.familyKind };
        const parsed = RecordPatentStored.safeParse({ id: row.id, ...row.props, ...family });
        expect(parsed.success, `${row.id}: ${parsed.error?.message}`).toBe(true);
      }
      if (name.startsWith('incopat')) expect(withJson.length).toBeGreaterThan(0);
    },
  );

  it('still cannot store claims outside the schema: the encode that writes claimsJson refuses them', () => {
    expect(() => toBatchRows([minimal([{ number: 0, text: 'x', dependsOn: [] }])])).toThrow(/number/);
    expect(() => toBatchRows([minimal([{ number: 1, text: 'x', dependsOn: [] }])])).not.toThrow();
  });

  it('still rejects a JSON column that is not a string', () => {
    const rows = toBatchRows([minimal([{ number: 1, text: 'x', dependsOn: [] }])]);
    const row = rows.patents[0]!;
    expect(() => checkBatchRows(rows)).not.toThrow();
    (row.props as Record<string, unknown>).claimsJson = [{ number: 1 }];
    expect(() => checkBatchRows(rows)).toThrowError(StoredRowError);
    expect(() => checkBatchRows(rows)).toThrowError(/claimsJson/);
  });
});
