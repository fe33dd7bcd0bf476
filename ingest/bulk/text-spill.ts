/**
 * The long texts of the first-load graph (titles, abstracts, claims, legal events, NPL texts) kept
 * in a temporary file instead of Node's heap (issue 15: at a million families they are several GB).
 * Each patent's texts are one line `<id>\t<JSON>`, appended whenever they change; the patent keeps
 * the offset of its latest line. The CSV writer reads the file once, front to back (`forEachLatest`),
 * and takes each patent's latest line only; a superseded line is skipped.
 */
import { closeSync, openSync, readSync, unlinkSync } from 'node:fs';
import { ByteChunks } from './byte-chunks';

/** Patent properties spilled to the file: the long free texts. */
export const SPILLED_TEXTS = [
  'titleZh',
  'titleEn',
  'abstractZh',
  'abstractEn',
  'claimsJson',
  'claim1',
  'legalEventsJson',
  'nplCitations',
] as const;
export type SpilledTexts = Record<string, unknown>;

const CHUNK_BYTES = 4 << 20;
const READ_BYTES = 8 << 20;

export class TextSpill {
  private readonly fd: number;
  /** Lines are encoded as they come (byte-chunks.ts), not kept as strings until a flush. */
  private readonly out: ByteChunks;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w+');
    this.out = new ByteChunks(this.fd, CHUNK_BYTES);
  }

  /** Appends a patent's texts; returns the offset of its line. */
  append(id: string, texts: SpilledTexts): number {
    const at = this.out.size;
    this.out.append(`${id}\t${JSON.stringify(texts)}\n`);
    return at;
  }

  /** The texts of the line at `offset` (a patent met again in a later batch). */
  read(offset: number): SpilledTexts {
    if (offset >= this.out.written) this.flush();
    const chunk = Buffer.alloc(64 * 1024);
    const parts: Buffer[] = [];
    let position = offset;
    for (;;) {
      const n = readSync(this.fd, chunk, 0, chunk.length, position);
      const end = chunk.subarray(0, n).indexOf(10);
      parts.push(Buffer.from(chunk.subarray(0, end < 0 ? n : end)));
      if (end >= 0 || n === 0) break;
      position += n;
    }
    const line = Buffer.concat(parts).toString('utf8');
    return JSON.parse(line.slice(line.indexOf('\t') + 1)) as SpilledTexts;
  }

  flush(): void {
    this.out.flush();
  }

  /**
   * Every line, front to back, with its offset: `visit` decides whether it is the latest of its
   * patent, and may call `texts()` only before it returns (the bytes are then overwritten).
   * The file is read into one reused buffer (`readBytes`, doubled for a longer line): a stream's new
   * buffer per chunk is external memory, and V8 answers GBs of it with a full GC each time, every
   * one marking the whole graph (73 of them in the CSV step at 1M families: 193 s).
   */
  forEachLine(
    visit: (id: string, offset: number, texts: () => SpilledTexts) => void,
    readBytes = READ_BYTES,
  ) {
    this.flush();
    let buffer = Buffer.allocUnsafe(readBytes);
    /** Bytes of the buffer holding file data; the file offset of its first byte. */
    let filled = 0;
    let bufferAt = 0;
    for (;;) {
      if (filled === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      }
      const n = readSync(this.fd, buffer, filled, buffer.length - filled, bufferAt + filled);
      if (n === 0) break;
      filled += n;
      const data = buffer.subarray(0, filled);
      let start = 0;
      for (let end = data.indexOf(10, start); end >= 0; end = data.indexOf(10, start)) {
        const tab = data.indexOf(9, start);
        const from = tab + 1;
        visit(
          data.toString('utf8', start, tab),
          bufferAt + start,
          () => JSON.parse(data.toString('utf8', from, end)) as SpilledTexts,
        );
        start = end + 1;
      }
      buffer.copy(buffer, 0, start, filled);
      filled -= start;
      bufferAt += start;
    }
  }

  close(): void {
    closeSync(this.fd);
    unlinkSync(this.file);
  }
}
