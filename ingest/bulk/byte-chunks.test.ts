import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ByteChunks } from './byte-chunks';

describe('ByteChunks: strings encoded into one reused buffer', () => {
  it('writes the same bytes as one Buffer.from of the joined text, across flushes and oversized strings', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bulk-chunks-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'out.bin');
    const fd = openSync(file, 'w+');
    const out = new ByteChunks(fd, 64);
    const parts = ['电池热管理', '"quoted", plain\n', 'x'.repeat(200), '😀 end', 'a\u0000b', ''];
    const sizes = parts.map((part) => out.append(part));
    expect(out.written).toBeLessThan(out.size);
    out.flush();
    closeSync(fd);
    const expected = Buffer.from(parts.join(''), 'utf8');
    expect(readFileSync(file)).toEqual(expected);
    expect(sizes).toEqual(parts.map((part) => Buffer.byteLength(part)));
    expect(out.size).toBe(expected.length);
    expect(out.written).toBe(expected.length);
  });
});
