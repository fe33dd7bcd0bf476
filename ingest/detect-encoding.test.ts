import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, detectEncoding, westernLetterFit } from './detect-encoding';

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

describe('chooseEncoding: rule order', () => {
  const french =
    '#,Title,Applicants\r1,Système de contrôle,SAGEM DÉFENSE SÉCURITÉ\r2,Procédé à drone,SOCIÉTÉ FICTIVE\r';
  it.each([
    ['an override beats a BOM', iconv.encode(french, 'utf8', { addBOM: true }), 'macintosh', 'override'],
    ['a BOM beats the NUL-byte pattern', iconv.encode(french, 'utf16be', { addBOM: true }), undefined, 'bom'],
    ['UTF-16BE without BOM', iconv.encode(french, 'utf16be'), undefined, 'utf16-nul-bytes'],
    ['plain ASCII is valid UTF-8', Buffer.from('a,b\n1,2\n'), undefined, 'utf8-valid'],
    ['Mac Roman goes to the detector', iconv.encode(french, 'macintosh'), undefined, 'detector'],
  ] as const)('%s', (_name, bytes, override, chosenBy) => {
    expect(chooseEncoding(bytes, override).chosenBy).toBe(chosenBy);
  });

  it('tells Mac Roman from Windows-1252 by which one makes accented letters fit their words', () => {
    const crlf = french.replace(/\r/g, '\r\n');
    expect(detectEncoding(iconv.encode(crlf, 'macintosh'))).toBe('macintosh');
    expect(detectEncoding(iconv.encode(french, 'windows-1252'))).toBe('windows-1252');
  });

  it('scores letter fit: case-consistent accented letters up, symbols inside words down', () => {
    expect(westernLetterFit('SAGEM DÉFENSE SÉCURITÉ système')).toBe(4);
    expect(westernLetterFit('SAGEM DƒFENSE SƒCURITƒ systËme')).toBe(-3);
  });
});
