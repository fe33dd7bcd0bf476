import { ClaimsJson } from '@graph-schema/vocabulary/claims';
import { describe, expect, it } from 'vitest';
import { estimateExpiry } from '../normalise/expiry';
import { emptyRecord, PatentRecord } from '../record';
import { exportFixture, readAll } from '../testing/read-all';
import { type LoadableRecord, toBatchRows } from './rows';
import { StoredRowError } from './stored-rows';

const FIXTURES = [
  'cnipr.csv',
  'cnipr-utf16le.txt',
  'google.csv',
  'incopat.csv',
  'incopat-npl.csv',
  'incopat.xlsx',
  'lens-2015.csv',
  'lens-2016.csv',
  'lens-2018.csv',
  'lens-current.csv',
  'ops-biblio.xml',
  'ops-npl.xml',
  'patentsview',
  'patsnap-en.csv',
  'patsnap-family.csv',
  'patsnap-npl.csv',
  'patsnap-zh.csv',
  'uspto-bulk.xml',
  'uspto-related.xml',
];

/** The records of a fixture the pipeline would load (read, kept by the record schema), with their expiry. */
async function loadable(name: string): Promise<LoadableRecord[]> {
  const results = await readAll(exportFixture(name));
  return results.flatMap((result) => {
    const checked = result.ok ? PatentRecord.safeParse(result.record) : undefined;
    if (!checked?.success) return [];
    const { date, basis } = estimateExpiry(checked.data);
    return [{ record: checked.data, branches: [], fields: [], ...(date ? { expiry: { date, basis } } : {}) }];
  });
}

describe('toBatchRows against the stored model', () => {
  it.each(FIXTURES)('every row built from %s fits graph-schema/stored', async (name) => {
    const items = await loadable(name);
    expect(items.length).toBeGreaterThan(0);
    // toBatchRows checks every row and throws StoredRowError on the first that does not fit.
    expect(toBatchRows(items).patents).toHaveLength(new Set(items.map((i) => i.record.publication.id)).size);
  });

  it('stores the inactive reason, claims that decode to the record’s claims, and dates as YYYY-MM-DD', async () => {
    const items = await loadable('incopat.csv');
    const rows = toBatchRows(items);
    const lapsed = rows.patents.find((row) => row.id === 'CN212345678U')!;
    expect(lapsed.props).toMatchObject({
      legalStatus: 'inactive',
      legalStatusRaw: '未缴年费',
      inactiveReason: 'lapsed',
      applicationDate: '2020-09-01',
    });
    const withClaims = rows.patents.find((row) => row.props.claimsJson !== undefined)!;
    const record = items.find((item) => item.record.publication.id === withClaims.id)!.record;
    expect(ClaimsJson.parse(withClaims.props.claimsJson!)).toEqual(record.claims);
  });

  it('keeps every spelling of an applicant in the batch, and on each link the record’s spellings and file', async () => {
    const items = [
      ...(await loadable('../parties/lens-2018-applicants-a.csv')),
      ...(await loadable('../parties/lens-2018-applicants-b.csv')),
    ];
    const rows = toBatchRows(items);
    expect(rows.applicants.find((row) => row.key === 'vitrociset')).toEqual({
      key: 'vitrociset',
      name: 'VITROCISET S P A',
      kind: 'organisation',
      spellings: ['VITROCISET S P A', 'VITROCISET SPA', 'Vitrociset S.p.A.'],
    });
    expect(rows.applicants.find((row) => row.key === 'alpenflug')?.spellings).toEqual([
      'ALPENFLUG GES M B H',
      'ALPENFLUG GESMBH',
      'ALPENFLUG GMBH',
    ]);
    expect(rows.filedBy.filter((link) => link.key === 'alpenflug')).toEqual([
      {
        id: 'WO2017100002A1',
        key: 'alpenflug',
        order: 1,
        spellings: ['ALPENFLUG GES M B H'],
        sourceFile: 'lens-2018-applicants-b.csv',
      },
      {
        id: 'WO2017100003A1',
        key: 'alpenflug',
        order: 0,
        spellings: ['ALPENFLUG GESMBH', 'ALPENFLUG GMBH'],
        sourceFile: 'lens-2018-applicants-b.csv',
      },
    ]);
  });

  it('keys a US grant claiming a provisional and its EP member into one family; priority year from the provisional', async () => {
    const rows = toBatchRows([...(await loadable('uspto-related.xml')), ...(await loadable('ops-npl.xml'))]);
    const family = (id: string) => rows.patents.find((row) => row.id === id)?.familyId;
    expect(family('US9888888B2')).toBe('P:US62012345');
    // The EP member carries the DOCDB family id; the loader joins the grant to it by their equal
    // priority sets (test/us-priorities-npl.int.test.ts).
    expect(family('EP3100000A1')).toBe('F:docdb:88888888');
    const signature = (id: string) => rows.families.find((row) => row.id === id)?.signature;
    expect(signature('US9888888B2')).toBe('US62012345');
    expect(signature('EP3100000A1')).toBe('US62012345');
    expect(family('US20190234567A1')).toBe('P:US13900001');
    expect(rows.patents.find((row) => row.id === 'US9888888B2')?.props).toMatchObject({
      priorityDate: '2014-06-10',
      priorityYear: 2014,
      applicationYear: 2015,
      priorityNumbers: ['US62012345'],
    });
  });

  it('stores the non-patent citation count and texts on the patent', async () => {
    const rows = toBatchRows(await loadable('uspto-related.xml'));
    const grant = rows.patents.find((row) => row.id === 'US9888888B2')!;
    expect(grant.props.nplCitationCount).toBe(5);
    expect(grant.props.nplCitations).toHaveLength(5);
    expect(grant.props.nplCitations?.[1]).toBe('Fictional Standard FS-101, \u201cHinge loads\u201d, 2012.');
    expect(rows.citations.filter((citation) => citation.from === 'US9888888B2')).toHaveLength(15);
  });

  it('throws on a row outside the stored model, naming label, key and property', () => {
    const record = emptyRecord(
      { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' },
      { file: 'x.csv', line: 2, format: 'incopat' },
    );
    const bad = { ...record, legal: { status: 'lapsed', events: [] } } as unknown as PatentRecord;
    const build = () => toBatchRows([{ record: bad, branches: [], fields: [] }]);
    expect(build).toThrowError(StoredRowError);
    expect(build).toThrowError(
      'Patent row "CN112345678A" does not fit the stored model:\n' +
        '✖ Invalid option: expected one of "active"|"pending"|"inactive"|"unknown"\n  → at legalStatus',
    );
  });
});

describe('the family key (graph-schema/vocabulary/family.ts)', () => {
  it('uses the exporter’s simple-family id where the export gives one, so a continuation-in-part stays its own family', async () => {
    // incopat-families.csv: US20210000002A1 shares the earliest priority CN201910000001 with the
    // other two but adds a priority, so incoPat gives it its own simple family id.
    const rows = toBatchRows(await loadable('incopat-families.csv'));
    expect(rows.patents.map(({ id, familyId, familyKind }) => ({ id, familyId, familyKind }))).toEqual([
      { id: 'CN110000001A', familyId: 'F:incopat:50000001', familyKind: 'exporter-simple' },
      { id: 'US20200000001A1', familyId: 'F:incopat:50000001', familyKind: 'exporter-simple' },
      { id: 'US20210000002A1', familyId: 'F:incopat:50000002', familyKind: 'exporter-simple' },
    ]);
    expect(new Set(rows.patents.map((row) => row.familyId)).size).toBe(2);
  });

  it('groups by the earliest priority filing when the export gives no id, and names the members it lists', async () => {
    const rows = toBatchRows(await loadable('lens-families.csv'));
    expect(rows.families).toEqual([
      {
        id: 'EP3600001A1',
        familyId: 'P:CN201910000001',
        familyKind: 'earliest-priority',
        members: ['CN110000001A', 'US20200000001A1'],
        signature: 'CN201910000001',
      },
      {
        id: 'US20200000001A1',
        familyId: 'P:CN201910000001',
        familyKind: 'earliest-priority',
        members: ['CN110000001A', 'EP3600001A1'],
        signature: 'CN201910000001',
      },
    ]);
  });
});
