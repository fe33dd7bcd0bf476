/** A one-line progress display (records, rate, ETA) redrawn in place on a terminal, silent otherwise. */
import type { IngestProgress } from '@graph-schema/dto/ingest';

const REDRAW_MS = 200;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

export function progressText(p: IngestProgress, elapsedMs: number, width = 24): string {
  const rate = elapsedMs > 0 ? (p.read / elapsedMs) * 1000 : 0;
  const fraction =
    p.bytesTotal && p.bytesRead !== undefined ? Math.min(1, p.bytesRead / p.bytesTotal) : undefined;
  const bar =
    fraction === undefined
      ? ''
      : `[${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}] ${(fraction * 100).toFixed(0)}% `;
  const eta =
    fraction && fraction > 0 ? formatDuration(((1 - fraction) * elapsedMs) / fraction / 1000) : '--:--';
  const name = p.file.split('/').at(-1) ?? p.file;
  return `${name} ${bar}${p.read.toLocaleString('en')} records  ${Math.round(rate).toLocaleString('en')}/s  loaded ${p.loaded.toLocaleString('en')}  quarantined ${p.quarantined}  ETA ${eta}`;
}

export class ProgressLine {
  private started = Date.now();
  private lastDraw = 0;
  private file = '';
  private drawn = false;

  constructor(private readonly out: NodeJS.WriteStream) {}

  update(p: IngestProgress): void {
    if (!this.out.isTTY) return;
    if (p.file !== this.file) {
      this.file = p.file;
      this.started = Date.now();
    }
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const text = progressText(p, now - this.started).slice(0, (this.out.columns ?? 120) - 1);
    this.out.write(`\r${text}\x1b[K`);
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.out.write('\n');
  }
}
