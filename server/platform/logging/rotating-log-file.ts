/**
 * A size- and count-bounded log file for the server's logger (issue 14: request logs once grew to
 * 888 MB). Lines go to `<folder>/server.log`; when the next line would take it over `maxBytes`, the
 * file becomes `server.log.1` (the older ones shift up, the one past `keep` is deleted) and a new
 * `server.log` starts. So the logs never take more than about (keep + 1) × maxBytes.
 * Writes are synchronous: the logger writes a line at a time, mostly errors and outages (requests
 * only at debug level), and a synchronous write cannot lose the lines of a crash. Files are 0600
 * in a 0700 folder, like uploads: logs name users and paths.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

export interface RotatingLogOptions {
  folder: string;
  /** The size one file may reach before it is rotated. */
  maxBytes: number;
  /** How many rotated files (`server.log.1` … `.keep`) are kept besides the current one. */
  keep: number;
  /** The current file's name; default `server.log`. */
  name?: string;
}

export class RotatingLogFile {
  private fd: number;
  private size: number;
  readonly file: string;

  constructor(private readonly options: RotatingLogOptions) {
    mkdirSync(options.folder, { recursive: true, mode: 0o700 });
    this.file = path.join(options.folder, options.name ?? 'server.log');
    this.fd = openSync(this.file, 'a', 0o600);
    this.size = fstatSync(this.fd).size;
  }

  /** The logger's destination: one call per line (pino's `stream.write`). */
  write(line: string): boolean {
    const bytes = Buffer.byteLength(line);
    // A line longer than a whole file still goes into one (an empty file never rotates).
    if (this.size > 0 && this.size + bytes > this.options.maxBytes) this.rotate();
    writeSync(this.fd, line);
    this.size += bytes;
    return true;
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Shifts server.log.N → N+1 from the oldest, drops the one past `keep`, starts a new file. */
  private rotate(): void {
    closeSync(this.fd);
    const numbered = (n: number) => `${this.file}.${n}`;
    rmSync(numbered(this.options.keep), { force: true });
    for (let n = this.options.keep - 1; n >= 1; n--) {
      if (existsSync(numbered(n))) renameSync(numbered(n), numbered(n + 1));
    }
    if (this.options.keep > 0) renameSync(this.file, numbered(1));
    else rmSync(this.file, { force: true });
    this.fd = openSync(this.file, 'a', 0o600);
    this.size = 0;
  }
}
