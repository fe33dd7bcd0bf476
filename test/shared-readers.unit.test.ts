/**
 * The readers on the real shared fixtures (../shared/fixtures; skipped when absent). Counts are
 * the ones observed; the README's own counts are quoted where they exist.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReadResult } from '@ingest/record';
import { readAll, tally } from '@ingest/testing/read-all';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithSharedFixtures, sharedFixture } from './shared-fixtures';

const SLOW = 120_000;

function unzipTo(zipFile: string, directory: string): void {
  execFileSync('unzip', ['-o', '-q', zipFile, '-x', '__MACOSX/*', '-d', directory]);
}

function records(results: readonly ReadResult[]) {
  return results.flatMap((result) => (result.ok ? [result.record] : []));
}

describeWithSharedFixtures('readers on the shared real fixtures', () => {
  let workDir = '';
  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'patnav-shared-'));
    unzipTo(sharedFixture('lens-2018-drones', 'lens_drones_2017_raw.csv.zip'), workDir);
    unzipTo(sharedFixture('lens-2018-drones', 'patsnap_family.csv.zip'), workDir);
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('lens-2018-drones: 9,071 records; the 38 rows of spilled non-patent-citation text are rejected', {
    timeout: SLOW,
  }, async () => {
    const results = await readAll(path.join(workDir, 'lens_drones_2017_raw.csv'));
    // 9,109 data rows = 9,071 records + 38 continuation rows of a cut NPL cell, each with 491–2,400
    // non-empty cells beyond the 25 named columns. No valid row is rejected and no id repeats.
    expect(tally(results)).toEqual({
      ok: 9071,
      rejected: 38,
      reasons: {
        'ROW_SPILLED_COLUMNS row: N non-empty cells beyond the N named columns (text from one field spilled into extra columns)': 38,
      },
    });
    const ok = records(results);
    expect(new Set(ok.map((record) => record.publication.id)).size).toBe(9071);
    expect(ok.filter((record) => record.classifications.length > 0).length).toBeGreaterThan(8500);
    // Issue 10 item 5: the `Non-Patent Citations` column is counted and kept, not dropped.
    const withNpl = ok.filter((record) => (record.nplCitationCount ?? 0) > 0);
    expect(withNpl.length).toBe(2030);
    expect(withNpl.reduce((sum, record) => sum + (record.nplCitationCount ?? 0), 0)).toBe(27796);
  });

  it('lens-2018-drones PatSnap family tab: 8,728 families', { timeout: SLOW }, async () => {
    const results = await readAll(path.join(workDir, 'patsnap_family.csv'));
    expect(tally(results)).toEqual({ ok: 8728, rejected: 0, reasons: {} });
    expect(results.filter((result) => result.ok && result.warnings).length).toBe(0);
  });

  it('lens-2015-pizza: all 1,000 rows of the old layout (CR line ends, no Lens ID)', async () => {
    const results = await readAll(sharedFixture('lens-2015-pizza', 'pizza_lens_1000_raw.csv'));
    expect(tally(results)).toEqual({ ok: 1000, rejected: 0, reasons: {} });
    expect(records(results)[0]?.publication.id).toBe('US20130101709A1');
  });

  // xml2004 (v4.0), xml2006 (v4.2), xml2014 (v4.5) grants and xmlApp2004 (application v4.0) are XML v4.x.
  it.each([
    ['xml2004/US06859910.xml', 'US6859910B2'],
    ['xml2004/US06970935.xml', 'US6970935B1'],
    ['xml2006/US07272630B2.xml', 'US7272630B2'],
    ['xml2014/US08926509.xml', 'US8926509B2'],
    ['xml2014/US08927118.xml', 'US8927118B2'],
    ['xmlApp2004/US20050004437A1.xml', 'US20050004437A1'],
  ])('USPTO %s → %s', async (file, id) => {
    const results = await readAll(sharedFixture('uspto-xml', file));
    expect(tally(results)).toMatchObject({ ok: 1, rejected: 0 });
    const [record] = records(results);
    expect(record?.publication.id).toBe(id);
    expect(record?.title.en).toBeTruthy();
    expect(record?.claims.length).toBeGreaterThan(0);
    expect(record?.inventors.length).toBeGreaterThan(0);
  });

  it('USPTO v4.5 grant: all 160 citations and claim dependencies', async () => {
    const [record] = records(await readAll(sharedFixture('uspto-xml', 'xml2014', 'US08926509.xml')));
    expect(record?.citations.length).toBeGreaterThan(100);
    expect(record?.claims.filter((claim) => claim.dependsOn.length > 0).length).toBeGreaterThan(0);
    expect(record?.classifications.some((c) => c.scheme === 'CPC')).toBe(true);
  });

  // Issue 10 item 5: provisional and parent applications are priorities; <nplcit> kept, not dropped.
  it.each([
    ['xml2014/US08926509.xml', ['US60968023'], '2007-08-24', 30],
    ['xml2014/US08927118.xml', ['JP2008148514', 'US13173486', 'US12253586'], '2008-06-05', 28],
    ['xml2006/US07272630B2.xml', ['US09876376'], '2001-06-06', 38],
    ['xmlApp2004/US20050004437A1.xml', ['CH197401', 'PCT/CH2002/000573'], '2001-10-26', undefined],
  ])('USPTO %s: priorities %j, earliest %s, %s non-patent citations', async (file, ids, earliest, npl) => {
    const [result] = await readAll(sharedFixture('uspto-xml', file));
    expect(result?.ok && result.warnings).toBeUndefined();
    const [record] = records([result!]);
    expect(record?.priorities.map((priority) => priority.number.id)).toEqual(ids);
    expect(record?.priorityDate).toBe(earliest);
    expect(record?.nplCitationCount).toBe(npl);
    expect(record?.nplCitations?.length).toBe(npl);
  });

  it('EPO OPS: the EPODOC priority keys like the DOCDB application; the non-patent citation is kept', async () => {
    const [biblio] = records(await readAll(sharedFixture('epo-ops-xml', 'testdata', 'biblio.xml')));
    expect(biblio?.priorities.map((priority) => priority.number.id)).toEqual([biblio?.application?.id]);
    const multiple = records(
      await readAll(sharedFixture('epo-ops-xml', 'demo', 'examples', 'get_biblio_multiple', 'response.xml')),
    );
    const withNpl = multiple.find((record) => record.publication.id === 'EP2533477A1');
    expect(withNpl?.nplCitationCount).toBe(1);
    expect(withNpl?.nplCitations?.[0]).toMatch(
      /^- SEWOOK JUNG ET AL, "Performance comparison of overlaid bluetooth/,
    );
  });

  // pap/ is application XML v1.x (root patent-application-publication, 2001–2004) and sgml/ is grant
  // XML v2.5 (root PATDOC, ST.32): both well-formed XML but not v4.x. greenbook/ is APS text, not XML.
  it.each([
    ['pap/US20010000044A1.xml', /application XML v1\.x \(2001–2004\); only v4\.x/],
    ['sgml/US06336130.xml', /grant XML v2\.5 \(2001–2004\); only v4\.x/],
    ['greenbook/US03932709.greenbook', /unrecognised patent export/],
  ])('USPTO %s is refused with the reason', async (file, hint) => {
    await expect(readAll(sharedFixture('uspto-xml', file))).rejects.toThrow(hint);
  });

  it.each([
    ['testdata/biblio.xml', 1],
    ['testdata/family.xml', 3],
    ['testdata/legal.xml', 1],
    ['testdata/claims.xml', 1],
    ['demo/examples/get_biblio_multiple/response.xml', 3],
    ['demo/examples/get_family_with_legal/response.xml', 5],
    ['demo/examples/get_family_with_biblio/response.xml', 5],
    ['demo/examples/get_claims/response.xml', 1],
  ])('EPO OPS %s → %i records', async (file, count) => {
    const results = await readAll(sharedFixture('epo-ops-xml', file));
    expect(tally(results)).toEqual({ ok: count, rejected: 0, reasons: {} });
  });

  it('EPO OPS biblio, legal and claims content of EP2400812', async () => {
    const [biblio] = records(await readAll(sharedFixture('epo-ops-xml', 'testdata', 'biblio.xml')));
    expect(biblio).toMatchObject({
      publication: { id: 'EP2400812A1' },
      familyId: '43088294',
      application: { id: 'EP10167109' },
    });
    expect(biblio?.classifications[0]).toMatchObject({ scheme: 'IPC', symbol: 'H04W84/20', inventive: true });
    expect(biblio?.applicants[0]).toEqual({
      raw: '9SOLUTIONS OY [FI]',
      // OPS names each party in epodoc and original form; every spelling is kept for the aliases.
      alsoWritten: ['9SOLUTIONS OY,', '9Solutions Oy'],
      key: '9solutions',
      name: '9SOLUTIONS OY',
      kind: 'organisation',
      country: 'FI',
    });
    const legal = records(await readAll(sharedFixture('epo-ops-xml', 'testdata', 'legal.xml')));
    expect(legal.flatMap((record) => record.legal.events).length).toBe(69);
    expect(legal[0]?.legal.events[0]).toEqual({
      code: 'AK',
      date: '2011-12-28',
      description: 'DESIGNATED CONTRACTING STATES',
    });
    const [claims] = records(await readAll(sharedFixture('epo-ops-xml', 'testdata', 'claims.xml')));
    expect(claims?.claims[0]?.text).toMatch(/^A communication device \(100\) comprising/);
    // Claim 7 ("devices according to any preceding claim") refers to claims 1–6; 1 and 15 stand alone.
    expect(
      claims?.claims.filter((claim) => claim.dependsOn.length === 0).map((claim) => claim.number),
    ).toEqual([1, 15]);
  });

  it('cn-g06f-records: the 57 CN records written into an incoPat-layout XLSX read back whole', async () => {
    const rows = ['sample_train.csv', 'sample_val.csv', 'sample_test.csv'].flatMap(
      (file) =>
        (
          parse(readFileSync(sharedFixture('cn-g06f-records', file)), { bom: true, columns: true }) as Record<
            string,
            string
          >[]
        ).filter((row) => row.publication_number), // the files hold ~470 blank rows each
    );
    expect(rows.length).toBe(57);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('incoPat');
    sheet.addRow(['序号', '公开(公告)号', '标题', '摘要', 'CPC', '链接到incoPat']);
    rows.forEach((row, index) => {
      const [title = '', , abstract = ''] = splitRecordText(row.text ?? '');
      const cpc = (JSON.parse(row.labels ?? '[]') as string[]).join('; ');
      sheet.addRow([index + 1, row.publication_number, title, abstract, cpc, '']);
    });
    const file = path.join(workDir, 'cn-g06f-incopat.xlsx');
    await workbook.xlsx.writeFile(file);
    const results = await readAll(file);
    expect(tally(results)).toEqual({ ok: 57, rejected: 0, reasons: {} });
    const read = records(results);
    expect(read.every((record) => record.publication.office === 'CN' && record.title.zh)).toBe(true);
    expect(
      read.every((record) =>
        record.classifications.every((c) => c.scheme === 'CPC' && c.subclass === 'G06F'),
      ),
    ).toBe(true);
    expect(read[0]?.source).toEqual({ file: 'cn-g06f-incopat.xlsx', line: 2, format: 'incopat' });
    expect(readdirSync(workDir)).toContain('cn-g06f-incopat.xlsx');
  });
});

/** The records' text is `title [SEP] keywords [SEP] abstract` or `Title: …\nKeywords: …\nAbstract: …`. */
function splitRecordText(text: string): string[] {
  if (text.includes('[SEP]')) return text.split('[SEP]').map((part) => part.trim());
  const field = (name: string) =>
    new RegExp(`${name}:\\s*([\\s\\S]*?)(?:\\n\\w+:|$)`).exec(text)?.[1]?.trim() ?? '';
  return [field('Title'), field('Keywords'), field('Abstract')];
}
