import { describe, expect, it } from 'vitest';
import { formatSummary } from './format-summary';
import { emptyFileSummary, type FileSummary, totalsOf } from './summary';

function fileSummary(file: string, counts: Partial<FileSummary>): FileSummary {
  return { ...emptyFileSummary(file, 'lens', false), durationMs: 2000, ...counts };
}

const LENS = fileSummary('lens.csv', {
  read: 5,
  loaded: 1,
  quarantined: 4,
  warnings: 1,
  reasons: { DUPLICATE_PUBLICATION: 1, BAD_PUBLICATION_DATE: 2, ROW_SPILLED_COLUMNS: 1 },
  warningReasons: { BAD_CITATION_NUMBER: 2 },
});
const OPS = fileSummary('ops.xml', {
  read: 3,
  loaded: 2,
  quarantined: 1,
  reasons: { BAD_PUBLICATION_DATE: 1 },
});

describe('ingest summary', () => {
  it('adds the counts by code over the files', () => {
    expect(totalsOf([LENS, OPS])).toEqual({
      read: 8,
      loaded: 3,
      updated: 0,
      duplicates: 0,
      quarantined: 5,
      warnings: 1,
      reasons: { BAD_PUBLICATION_DATE: 3, DUPLICATE_PUBLICATION: 1, ROW_SPILLED_COLUMNS: 1 },
      warningReasons: { BAD_CITATION_NUMBER: 2 },
      tagged: 0,
      durationMs: 4000,
    });
  });

  it('prints rejections and warnings by code, most frequent first, per file and in total', () => {
    const files = [LENS, OPS];
    const text = formatSummary({ files, totals: totalsOf(files), quarantineFile: '/q/quarantine-1.jsonl' });
    expect(text.split('\n')).toEqual([
      'lens.csv [lens]',
      '  read 5 · loaded 1 · updated 0 · duplicates 0 · quarantined 4 · with warnings 1 · tagged 0 · 2.0 s (3 records/s)',
      '    quarantined 2 × BAD_PUBLICATION_DATE',
      '    quarantined 1 × DUPLICATE_PUBLICATION',
      '    quarantined 1 × ROW_SPILLED_COLUMNS',
      '    warning 2 × BAD_CITATION_NUMBER',
      'ops.xml [lens]',
      '  read 3 · loaded 2 · updated 0 · duplicates 0 · quarantined 1 · with warnings 0 · tagged 0 · 2.0 s (2 records/s)',
      '    quarantined 1 × BAD_PUBLICATION_DATE',
      'total: read 8 · loaded 3 · updated 0 · duplicates 0 · quarantined 5',
      '    quarantined 3 × BAD_PUBLICATION_DATE',
      '    quarantined 1 × DUPLICATE_PUBLICATION',
      '    quarantined 1 × ROW_SPILLED_COLUMNS',
      '    warning 2 × BAD_CITATION_NUMBER',
      'quarantine file (one JSON line per rejected record or warning, with code, message, file, line, field): /q/quarantine-1.jsonl',
    ]);
  });
});

describe('ingest summary: encoding line', () => {
  it('says which encoding a text file was read with and how it was chosen', () => {
    const file = fileSummary('mac.csv', {
      read: 2,
      encoding: { encoding: 'macintosh', chosenBy: 'detector', confidence: 54 },
    });
    const text = formatSummary({ files: [file], totals: totalsOf([file]), quarantineFile: null });
    expect(text.split('\n').slice(0, 2)).toEqual([
      'mac.csv [lens]',
      '  encoding macintosh (detector, 54% confidence)',
    ]);
  });
});
