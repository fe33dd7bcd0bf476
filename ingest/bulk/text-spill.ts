/**
 * The long texts of the first-load graph (titles, abstracts, claims, legal events, NPL texts) kept
 * in a temporary file instead of Node's heap (issue 15: at a million families they are several GB).
 * Each patent's texts are one line `<id>\t<JSON>`, appended whenever they change; the patent keeps
 * the offset of its latest line. The CSV writer reads the file once, front to back (`forEachLatest`),
 * and takes each patent's latest line only; a superseded line is skipped.
 */
import { closeSync, createReadStream, openSync, readSync, unlinkSync } from 'node:fs';
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

  /** Every line, front to back, with its offset: `visit` decides whether it is the latest of its patent. */
  async forEachLine(visit: (id: string, offset: number, texts: () => SpilledTexts) => Promise<void> | void) {
    this.flush();
    const stream = createReadStream(this.file, { highWaterMark: 8 << 20 });
    let rest: Buffer = Buffer.alloc(0);
    let restAt = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let end = data.indexOf(10, start); end >= 0; end = data.indexOf(10, start)) {
        const tab = data.indexOf(9, start);
        const id = data.toString('utf8', start, tab);
        const from = tab + 1;
        const to = end;
        const result = visit(
          id,
          restAt + start,
          () => JSON.parse(data.toString('utf8', from, to)) as SpilledTexts,
        );
        if (result) await result;
        start = end + 1;
      }
      rest = data.subarray(start);
      restAt += start;
    }
  }

  close(): void {
    closeSync(this.fd);
    unlinkSync(this.file);
  }
}
