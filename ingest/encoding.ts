/**
 * Text encodings of patent exports: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, as Excel
 * "Unicode text" writes) and GB18030/GBK (Chinese exports saved by Excel on a Chinese Windows).
 * Detection reads only the head of the file; decoding streams, so memory stays bounded.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable, Transform } from 'node:stream';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

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

function isValidUtf8(head: Buffer): boolean {
  try {
    // stream: true tolerates a multi-byte character cut at the end of the head.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** BOM first; otherwise UTF-8 if the head decodes as UTF-8, else GB18030 (a superset of GBK/GB2312). */
export function detectEncoding(head: Buffer): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  if (isValidUtf8(head)) return 'utf8';
  const decoded = iconv.decode(head, 'gb18030');
  // GB18030 maps every byte sequence somewhere; U+FFFD means it did not fit either.
  if (!decoded.includes('\uFFFD')) return 'gb18030';
  return 'utf8';
}

/** Decodes a head buffer for sniffing (BOM stripped). */
export function decodeHead(head: Buffer, encoding: TextEncoding): string {
  return iconv.decode(head, encoding);
}

/** Called with the running total of bytes read from disk (progress bars, ETA). */
export type BytesReadListener = (bytesRead: number) => void;

/** A stream of decoded string chunks; iconv strips the BOM. */
export function openTextStream(
  filePath: string,
  encoding: TextEncoding,
  onBytes?: BytesReadListener,
): Readable {
  const bytes = createReadStream(filePath, { highWaterMark: 256 * 1024 });
  if (onBytes) bytes.on('data', () => onBytes(bytes.bytesRead));
  // iconv's stream is a Node Transform; its typings only promise the older ReadWriteStream.
  const decoder = iconv.decodeStream(encoding) as unknown as Transform;
  bytes.on('error', (error) => decoder.destroy(error));
  return bytes.pipe(decoder);
}
