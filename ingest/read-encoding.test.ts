/**
 * Exports saved in a legacy code page (test/fixtures/exports/encoded-rows.ts made them): names and
 * titles must come out exactly, and nothing decoded must be silently damaged.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PatentRecord } from './record';
import { exportFixture, readAll, readWithNotes } from './testing/read-all';

async function records(file: string): Promise<PatentRecord[]> {
  const results = await readAll(exportFixture(file));
  return results.map((result) => {
    if (!result.ok) throw new Error(`${file}: rejected ${result.rejected.code} ${result.rejected.message}`);
    return result.record;
  });
}

const names = (parties: readonly { raw: string }[]) => parties.map((party) => party.raw);

describe('legacy code pages decode exactly', () => {
  it.each([['lens-2016-macroman.csv'], ['lens-2016-cp1252.csv'], ['lens-2016-utf16le-nobom.csv']])(
    '%s: French applicants, inventors and titles',
    async (file) => {
      const [first, second, ...rest] = await records(file);
      expect(rest).toEqual([]);
      expect(names(first!.applicants)).toEqual(['SAGEM DÉFENSE SÉCURITÉ', 'THALES']);
      expect(names(first!.inventors)).toEqual(['LEFÈVRE CÉLINE', 'MÜLLER JÖRG']);
      expect(first!.title).toEqual({
        en: 'Fictional système de navigation inertielle à gyroscopes vibrants',
      });
      expect(names(second!.applicants)).toEqual(['SOCIÉTÉ FICTIVE D’ÉTUDES AÉRONAUTIQUES']);
      expect(second!.title).toEqual({ en: 'Fictional procédé de contrôle d’un drone à voilure tournante' });
    },
  );

  it('Big5: traditional Chinese title and applicants', async () => {
    const [first, second] = await records('lens-2016-big5.csv');
    expect(first!.title).toEqual({ zh: '虛構的鋰離子電池正極材料及其製備方法' });
    expect(names(first!.applicants)).toEqual(['虛構電池股份有限公司', '國立虛構大學']);
    expect(names(second!.applicants)).toEqual(['虛構航太科技股份有限公司']);
  });

  it('Shift-JIS: Japanese title and applicants', async () => {
    const [first, second] = await records('lens-2016-shift-jis.csv');
    // Titles with Han characters are filed under `zh` by the table reader (row-record.ts).
    expect(first!.title).toEqual({ zh: '架空のリチウムイオン二次電池用正極材料およびその製造方法' });
    expect(names(first!.applicants)).toEqual(['架空電池株式会社', '国立大学法人架空大学']);
    expect(names(second!.applicants)).toEqual(['架空航空システム株式会社']);
  });

  it('GB18030: simplified Chinese title', async () => {
    const [first] = await readAll(exportFixture('incopat-gb18030.csv'));
    const record = first?.ok ? first.record : undefined;
    expect(record?.title).toEqual({ zh: '一种锂离子电池正极材料及其制备方法（虚构）' });
  });
});

describe('the encoding used is reported, never silent', () => {
  it.each([
    ['lens-2016-macroman.csv', { encoding: 'macintosh', chosenBy: 'detector', confidence: 54 }],
    ['lens-2016-cp1252.csv', { encoding: 'windows-1252', chosenBy: 'detector', confidence: 53 }],
    ['lens-2016-big5.csv', { encoding: 'big5', chosenBy: 'detector', confidence: 100 }],
    ['lens-2016-shift-jis.csv', { encoding: 'shift_jis', chosenBy: 'detector', confidence: 74 }],
    ['lens-2016-utf16le-nobom.csv', { encoding: 'utf16le', chosenBy: 'utf16-nul-bytes' }],
    ['incopat-gb18030.csv', { encoding: 'gb18030', chosenBy: 'detector', confidence: 100 }],
    ['cnipr-utf16le.txt', { encoding: 'utf16le', chosenBy: 'bom' }],
    ['lens-2018.csv', { encoding: 'utf8', chosenBy: 'bom' }],
    ['lens-2016.csv', { encoding: 'utf8', chosenBy: 'utf8-valid' }],
  ])('%s', async (file, choice) => {
    const { encoding, fileWarnings } = await readWithNotes(exportFixture(file));
    expect(encoding).toEqual(choice);
    expect(fileWarnings).toEqual([]);
  });

  it('reads a CRLF header above LF rows (mixed line ends) as separate rows', async () => {
    const text = readFileSync(exportFixture('lens-2018.csv'), 'utf8');
    const [header, ...rows] = text.split(/\r?\n/);
    const mixed = path.join(mkdtempSync(path.join(os.tmpdir(), 'patnav-line-ends-')), 'mixed.csv');
    writeFileSync(mixed, `${header}\r\n${rows.join('\n')}`);
    const lines = (results: Awaited<ReturnType<typeof readAll>>) =>
      results.map((result) => (result.ok ? result.record.publication.id : result.rejected.code));
    expect(lines(await readAll(mixed))).toEqual(lines(await readAll(exportFixture('lens-2018.csv'))));
  });

  it('reads classic-Mac CR-only line ends as lines', async () => {
    const results = await readAll(exportFixture('lens-2016-macroman.csv'));
    expect(results.map((result) => result.ok && result.record.source.line)).toEqual([2, 3]);
  });

  it('--encoding overrides detection: Windows-1252 on a Mac Roman file reads what it is told', async () => {
    const { results, encoding, fileWarnings } = await readWithNotes(exportFixture('lens-2016-macroman.csv'), {
      encoding: 'windows-1252',
    });
    expect(encoding).toEqual({ encoding: 'windows-1252', chosenBy: 'override' });
    const first = results[0]?.ok ? results[0].record : undefined;
    expect(names(first?.applicants ?? [])).toEqual(['SAGEM DƒFENSE SƒCURITƒ', 'THALES']);
    // Mac Roman's è (0x8F) is one of the five bytes Windows-1252 leaves undefined.
    expect(fileWarnings).toEqual([
      {
        code: 'REPLACEMENT_CHARACTERS',
        message:
          '1 replacement character (U+FFFD) decoding as windows-1252, first on line 2: bytes not valid in this encoding, names and titles are damaged; re-read with --encoding',
        line: 2,
        format: 'lens',
      },
    ]);
  });

  it('counts replacement characters as one coded warning per file', async () => {
    const { results, fileWarnings } = await readWithNotes(exportFixture('lens-2016-macroman.csv'), {
      encoding: 'utf8',
    });
    const first = results[0]?.ok ? results[0].record : undefined;
    expect(names(first?.applicants ?? [])).toEqual(['SAGEM D\uFFFDFENSE S\uFFFDCURIT\uFFFD', 'THALES']);
    expect(fileWarnings).toEqual([
      {
        code: 'REPLACEMENT_CHARACTERS',
        message:
          '21 replacement characters (U+FFFD) decoding as utf8, first on line 2: bytes not valid in this encoding, names and titles are damaged; re-read with --encoding',
        line: 2,
        format: 'lens',
      },
    ]);
  });
});
