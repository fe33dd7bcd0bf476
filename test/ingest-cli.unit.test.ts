/** The ingest CLI as a user runs it: --dry-run --json needs no database. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { IngestSummary } from '@graph-schema/dto/ingest';
import { QuarantineLine } from '@graph-schema/dto/ingest-problems';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './shared-fixtures';

const run = promisify(execFile);
const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const cli = path.join(REPO_ROOT, 'ingest', 'cli.ts');
const fixture = path.join(REPO_ROOT, 'test', 'fixtures', 'exports', 'lens-2018.csv');
/** lens-2018.csv: a good row, then one rejection of each kind (see ingest/readers/lens.test.ts). */
const LENS_2018_REJECTIONS = {
  BAD_PUBLICATION_DATE: 1,
  ROW_SPILLED_COLUMNS: 1,
  DUPLICATE_PUBLICATION: 1,
  MISSING_PUBLICATION_NUMBER: 1,
};

describe('npm run ingest', () => {
  it('--dry-run --json prints the summary as JSON and writes the quarantine file', async () => {
    const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-cli-'));
    const { stdout } = await run(tsx, [
      cli,
      fixture,
      '--dry-run',
      '--json',
      '--quarantine-dir',
      quarantineDir,
    ]);
    const summary = IngestSummary.parse(JSON.parse(stdout));
    expect(summary.files[0]).toMatchObject({
      format: 'lens',
      read: 5,
      loaded: 1,
      quarantined: 4,
      dryRun: true,
    });
    expect(summary.files[0]!.reasons).toEqual(LENS_2018_REJECTIONS);
    expect(summary.totals.reasons).toEqual(LENS_2018_REJECTIONS);
    expect(summary.files[0]!.warningReasons).toEqual({});
    const lines = readFileSync(summary.quarantineFile!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => QuarantineLine.parse(JSON.parse(l)));
    const rejected = lines.filter((l) => l.kind === 'rejected');
    expect(rejected).toHaveLength(4);
    for (const line of rejected) {
      expect(line.file).toBe(fixture);
      expect(line.line).toBeGreaterThan(1);
      expect(line.format).toBe('lens');
    }
    expect(rejected.map(({ code, message, line, field }) => ({ code, message, line, field }))).toEqual([
      {
        code: 'BAD_PUBLICATION_DATE',
        message: 'unreadable date "31/02/09"',
        line: 3,
        field: 'publicationDate',
      },
      {
        code: 'ROW_SPILLED_COLUMNS',
        message:
          '2 non-empty cells beyond the 25 named columns (text from one field spilled into extra columns)',
        line: 4,
        field: 'row',
      },
      {
        code: 'DUPLICATE_PUBLICATION',
        message: 'duplicate of line 2 (WO2008082446A1)',
        line: 5,
        field: 'publicationNumber',
      },
      {
        code: 'MISSING_PUBLICATION_NUMBER',
        message: 'missing publication number',
        line: 6,
        field: 'publicationNumber',
      },
    ]);
  }, 60_000);

  it('--workspace takes a workspace id, refusing another spelling before reading any file', async () => {
    const failure = await run(tsx, [cli, fixture, '--workspace', 'Client A', '--dry-run']).catch(
      (e: { stderr: string; code: number }) => e,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(
      '--workspace "Client A": expected a workspace id (1–40 lower-case letters, digits or "-")',
    );
    const { stdout } = await run(tsx, [cli, fixture, '--workspace', 'client-a', '--dry-run', '--json']);
    expect(IngestSummary.parse(JSON.parse(stdout)).totals.read).toBeGreaterThan(0);
  }, 60_000);

  it('names the supported formats when --format is unknown', async () => {
    const failure = await run(tsx, [cli, fixture, '--format', 'derwent', '--dry-run']).catch(
      (e: { stderr: string; code: number }) => e,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(
      /--format derwent is not supported[\s\S]*lens:[\s\S]*incopat:/,
    );
  }, 60_000);

  it('lists the formats and what it saw for an unrecognised file', async () => {
    const unknown = path.join(REPO_ROOT, 'test', 'fixtures', 'exports', 'unknown.csv');
    const failure = await run(tsx, [cli, unknown, '--dry-run']).catch(
      (e: { stderr: string; code: number }) => e,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/patsnap[\s\S]*uspto-xml/);
  }, 60_000);
});

describe('npm run ingest: encodings and forced formats', () => {
  const macRoman = path.join(REPO_ROOT, 'test', 'fixtures', 'exports', 'lens-2016-macroman.csv');
  const dryRun = async (...args: string[]) => {
    const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-cli-'));
    const { stdout } = await run(tsx, [
      cli,
      ...args,
      '--dry-run',
      '--json',
      '--quarantine-dir',
      quarantineDir,
    ]);
    return IngestSummary.parse(JSON.parse(stdout));
  };

  it('says which encoding it read a Mac Roman export with, and how it chose it', async () => {
    const summary = await dryRun(macRoman);
    expect(summary.files[0]).toMatchObject({
      format: 'lens',
      encoding: { encoding: 'macintosh', chosenBy: 'detector', confidence: 54 },
      read: 2,
      warnings: 0,
      warningReasons: {},
    });
  }, 60_000);

  it('--encoding overrides detection, and replacement characters count as a coded warning', async () => {
    const summary = await dryRun(macRoman, '--encoding', 'UTF-8');
    expect(summary.files[0]).toMatchObject({
      encoding: { encoding: 'utf8', chosenBy: 'override' },
      read: 2,
      warnings: 1,
      warningReasons: { REPLACEMENT_CHARACTERS: 1 },
    });
    const lines = readFileSync(summary.quarantineFile!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => QuarantineLine.parse(JSON.parse(l)));
    expect(lines).toEqual([
      {
        kind: 'warning',
        code: 'REPLACEMENT_CHARACTERS',
        message:
          '21 replacement characters (U+FFFD) decoding as utf8, first on line 2: bytes not valid in this encoding, names and titles are damaged; re-read with --encoding',
        file: macRoman,
        line: 2,
        format: 'lens',
        field: null,
        excerpt: null,
      },
    ]);
  }, 60_000);

  it('names the supported encodings when --encoding is unknown', async () => {
    const failure = await run(tsx, [cli, macRoman, '--encoding', 'ebcdic', '--dry-run']).catch(
      (e: { stderr: string; code: number }) => e,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(
      '--encoding ebcdic is not supported; encodings: utf8, utf16le, utf16be, gb18030, big5, shift_jis, windows-1252, macintosh',
    );
  }, 60_000);

  it("refuses --format on a file without that format's core columns", async () => {
    const failure = await run(tsx, [cli, macRoman, '--format', 'patsnap', '--dry-run']).catch(
      (e: { stderr: string; code: number }) => e,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(
      /--format patsnap does not fit this file, refused before loading anything: no column for priorities .*The content looks like lens\./,
    );
  }, 60_000);
});
