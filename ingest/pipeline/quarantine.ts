/** Rejected records go to a JSON-lines file: one line per record with file, line, field, reason. */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { RejectedRecord } from '../record';

export class QuarantineWriter {
  private stream: WriteStream | undefined;
  count = 0;

  constructor(readonly file: string) {}

  /** Warnings (a value dropped from a loaded record) share the file, marked kind = "warning". */
  async write(rejected: RejectedRecord, kind: 'rejected' | 'warning' = 'rejected'): Promise<void> {
    if (!this.stream) {
      await mkdir(path.dirname(this.file), { recursive: true });
      this.stream = createWriteStream(this.file, { flags: 'a' });
    }
    this.count += 1;
    const line = JSON.stringify({
      kind,
      file: rejected.source.file,
      line: rejected.source.line,
      format: rejected.source.format,
      field: rejected.field ?? null,
      reason: rejected.reason,
      excerpt: rejected.excerpt?.slice(0, 500) ?? null,
    });
    if (!this.stream.write(`${line}\n`))
      await new Promise<void>((resolve) => this.stream?.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    const stream = this.stream;
    if (!stream) return;
    await new Promise<void>((resolve, reject) =>
      stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}
