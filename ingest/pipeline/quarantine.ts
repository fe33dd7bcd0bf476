/**
 * Rejected records and warnings go to a JSON-lines file: one `QuarantineLine` each, with the code,
 * the message, file, line and field (graph-schema/dto/ingest-problems.ts).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { QuarantineLine } from '@graph-schema/dto/ingest-problems';
import type { RecordWarning, RejectedRecord, SourceRef } from '../record';

/** At most this many characters of an excerpt go into the file. */
const EXCERPT_LIMIT = 500;

export class QuarantineWriter {
  private stream: WriteStream | undefined;
  count = 0;

  constructor(readonly file: string) {}

  async writeRejection(rejected: RejectedRecord): Promise<void> {
    await this.writeLine({
      kind: 'rejected',
      ...lineFields(rejected.source, rejected),
      excerpt: rejected.excerpt?.slice(0, EXCERPT_LIMIT) ?? null,
    });
  }

  /** A value dropped from a loaded record: located by the record's source, marked kind = "warning". */
  async writeWarning(source: SourceRef, warning: RecordWarning): Promise<void> {
    await this.writeLine({ kind: 'warning', ...lineFields(source, warning), excerpt: null });
  }

  private async writeLine(line: QuarantineLine): Promise<void> {
    if (!this.stream) {
      // Owner only: excerpts are raw input (names, addresses) of whoever uploaded the file.
      await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
      this.stream = createWriteStream(this.file, { flags: 'a', mode: 0o600 });
    }
    this.count += 1;
    if (!this.stream.write(`${JSON.stringify(line)}\n`))
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

function lineFields(
  source: SourceRef,
  problem: RejectedRecord | RecordWarning,
): Omit<QuarantineLine, 'kind' | 'excerpt'> {
  return {
    code: problem.code,
    message: problem.message,
    file: source.file,
    line: source.line,
    format: source.format,
    field: problem.field ?? null,
  };
}
