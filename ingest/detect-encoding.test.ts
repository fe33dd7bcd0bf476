import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from './detect-encoding';

describe('detectEncoding', () => {
  const text = '公开(公告)号,标题\nCN112345678A,一种正极材料\n';
  it.each([
    ['UTF-8', Buffer.from(text), 'utf8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf8'],
    ['UTF-16LE BOM', iconv.encode(text, 'utf16le', { addBOM: true }), 'utf16le'],
    ['UTF-16BE BOM', iconv.encode(text, 'utf16be', { addBOM: true }), 'utf16be'],
    ['GB18030', iconv.encode(text, 'gb18030'), 'gb18030'],
  ])('%s', (_name, bytes, encoding) => {
    expect(detectEncoding(bytes)).toBe(encoding);
  });

  it('tolerates a UTF-8 character cut at the end of the head', () => {
    const bytes = Buffer.from('abc锂');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1))).toBe('utf8');
  });
});
