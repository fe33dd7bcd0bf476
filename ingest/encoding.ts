/**
 * Text encodings of patent exports and their decoding. Which encoding a file is in is decided by
 * detect-encoding.ts; this module reads the head, streams the decoded text (memory stays bounded)
 * and counts the U+FFFD replacement characters decoding produced, so damage is never silent.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { type Readable, Transform } from 'node:stream';
import iconv from 'iconv-lite';

/** The encodings exports arrive in, as iconv-lite names them. */
export const TEXT_ENCODINGS = [
  'utf8',
  'utf16le',
  'utf16be',
  /** A superset of GBK and GB2312: Excel on a simplified-Chinese Windows. */
  'gb18030',
  /** Excel on a traditional-Chinese (Taiwan, Hong Kong) Windows. */
  'big5',
  /** Excel on a Japanese Windows (code page 932). */
  'shift_jis',
  /** Excel on a Western-European Windows. */
  'windows-1252',
  /** Mac Roman: Excel for Mac 2011 and older saving "CSV", with classic-Mac CR line ends. */
  'macintosh',
] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** Spellings users type for `--encoding`, beside the canonical names. */
const ENCODING_ALIASES: Record<string, TextEncoding> = {
  'utf-8': 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  'big-5': 'big5',
  cp950: 'big5',
  sjis: 'shift_jis',
  'shift-jis': 'shift_jis',
  cp932: 'shift_jis',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  'mac-roman': 'macintosh',
  macroman: 'macintosh',
};

/** The canonical name of an encoding a user typed, or undefined when it is not supported. */
export function textEncodingOf(name: string): TextEncoding | undefined {
  const key = name.trim().toLowerCase();
  return (TEXT_ENCODINGS as readonly string[]).includes(key) ? (key as TextEncoding) : ENCODING_ALIASES[key];
}

/** Enough to see a header row and a few records. */
export const HEAD_BYTES = 64 * 1024;

export async function readHead(filePath: string, bytes = HEAD_BYTES): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Decodes a head buffer for sniffing (BOM stripped). */
export function decodeHead(head: Buffer, encoding: TextEncoding): string {
  return iconv.decode(head, encoding);
}

/** Called with the running total of bytes read from disk (progress bars, ETA). */
export type BytesReadListener = (bytesRead: number) => void;

/** What decoding a whole file produced; filled in while the stream is read. */
export interface DecodeStats {
  /** U+FFFD characters in the decoded text: bytes that are not valid in the encoding. */
  replacements: number;
  /** 1-based physical line of the first one. */
  firstReplacementLine?: number;
}

/** Counts U+FFFD and the physical line it is on (LF, CRLF or classic-Mac CR line ends). */
function replacementCounter(stats: DecodeStats): Transform {
  let line = 1;
  let afterCr = false;
  return new Transform({
    decodeStrings: false,
    encoding: 'utf8',
    transform(chunk: string, _encoding, done) {
      for (const char of chunk) {
        if (char === '\n' && !afterCr) line += 1;
        else if (char === '\r') line += 1;
        else if (char === '\uFFFD') {
          stats.replacements += 1;
          stats.firstReplacementLine ??= line;
        }
        afterCr = char === '\r';
      }
      done(null, chunk);
    },
  });
}

/** A stream of decoded string chunks; iconv strips the BOM. `stats` counts replacement characters. */
export function openTextStream(
  filePath: string,
  encoding: TextEncoding,
  onBytes?: BytesReadListener,
  stats?: DecodeStats,
): Readable {
  const bytes = createReadStream(filePath, { highWaterMark: 256 * 1024 });
  if (onBytes) bytes.on('data', () => onBytes(bytes.bytesRead));
  // iconv's stream is a Node Transform; its typings only promise the older ReadWriteStream.
  const decoder = iconv.decodeStream(encoding) as unknown as Transform;
  bytes.on('error', (error) => decoder.destroy(error));
  const decoded = bytes.pipe(decoder);
  if (!stats) return decoded;
  const counter = replacementCounter(stats);
  decoded.on('error', (error) => counter.destroy(error));
  return decoded.pipe(counter);
}
