/** The human-readable end-of-run summary (the CLI prints JSON with --json instead). */
import type { IngestSummary } from './summary';

const n = (value: number) => value.toLocaleString('en');

export function formatSummary(summary: IngestSummary): string {
  const lines: string[] = [];
  for (const f of summary.files) {
    const rate = f.durationMs > 0 ? Math.round((f.read / f.durationMs) * 1000) : 0;
    lines.push(
      `${f.file} [${f.format}]${f.dryRun ? ' (dry run: nothing written)' : ''}`,
      `  read ${n(f.read)} · loaded ${n(f.loaded)} · updated ${n(f.updated)} · duplicates ${n(f.duplicates)} · quarantined ${n(f.quarantined)} · with warnings ${n(f.warnings)} · tagged ${n(f.tagged)} · ${(f.durationMs / 1000).toFixed(1)} s (${n(rate)} records/s)`,
    );
    for (const [reason, count] of Object.entries(f.reasons).sort((a, b) => b[1] - a[1])) {
      lines.push(`    quarantined ${n(count)} × ${reason}`);
    }
  }
  const t = summary.totals;
  lines.push(
    `total: read ${n(t.read)} · loaded ${n(t.loaded)} · updated ${n(t.updated)} · duplicates ${n(t.duplicates)} · quarantined ${n(t.quarantined)}`,
  );
  if (summary.quarantineFile) {
    lines.push(
      `quarantine file (one JSON line per rejected record or warning, with file, line, field, reason): ${summary.quarantineFile}`,
    );
  }
  if (summary.aborted) lines.push(`ABORTED: ${summary.aborted}`);
  return lines.join('\n');
}
