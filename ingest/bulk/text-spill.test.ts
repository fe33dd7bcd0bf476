import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TextSpill } from './text-spill';

describe('TextSpill: long texts on disk, latest line per patent', () => {
  it('reads a line back (pending or flushed) and lists every line with its offset, then deletes the file', () => {
    const spill = new TextSpill(path.join(mkdtempSync(path.join(os.tmpdir(), 'bulk-spill-')), 'texts.tmp'));
    const first = spill.append('CN1A', { titleZh: '电池\n"热管理"', claimsJson: '[1]' });
    expect(spill.read(first)).toEqual({ titleZh: '电池\n"热管理"', claimsJson: '[1]' });
    const second = spill.append('US2B', { titleEn: 'x'.repeat(100_000) });
    const replaced = spill.append('CN1A', { titleZh: '新' });
    spill.flush();
    expect(spill.read(second)).toEqual({ titleEn: 'x'.repeat(100_000) });
    const seen: Array<[string, number, unknown]> = [];
    spill.forEachLine((id, offset, texts) => {
      seen.push([id, offset, texts()]);
    });
    expect(seen.map(([id, offset]) => [id, offset])).toEqual([
      ['CN1A', first],
      ['US2B', second],
      ['CN1A', replaced],
    ]);
    expect(seen[2]![2]).toEqual({ titleZh: '新' });
    // A read buffer smaller than a line: it grows, and lines across its end come out whole.
    const small: Array<[string, number, unknown]> = [];
    spill.forEachLine((id, offset, texts) => {
      small.push([id, offset, texts()]);
    }, 16);
    expect(small).toEqual(seen);
    spill.close();
    expect(existsSync(spill.file)).toBe(false);
  });
});
