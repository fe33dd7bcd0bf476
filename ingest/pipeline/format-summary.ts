/** The human-readable end-of-run summary (the CLI prints JSON with --json instead). */

import type { FileEncoding } from '@graph-schema/dto/ingest';
import type { RejectionCounts, WarningCounts } from '@graph-schema/dto/ingest-problems';
import { describeEncodingChoice } from '../detect-encoding';
import type { IngestSummary } from './summary';

const n = (value: number) => value.toLocaleString('en');

/** One line per code, most frequent first: `    quarantined 38 × ROW_SPILLED_COLUMNS`. */
function byCode(label: string, counts: RejectionCounts | WarningCounts): string[] {
  return Object.entries(counts)
    .filter((entry): entry is [string, number] => entry[1] !== undefined)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, count]) => `    ${label} ${n(count)} × ${code}`);
}

/** `  encoding macintosh (detector, 54% confidence)` */
function encodingLine(encoding: FileEncoding | undefined): string[] {
  return encoding ? [`  encoding ${describeEncodingChoice(encoding)}`] : [];
}

export function formatSummary(summary: IngestSummary): string {
  const lines: string[] = [];
  for (const f of summary.files) {
    const rate = f.durationMs > 0 ? Math.round((f.read / f.durationMs) * 1000) : 0;
    lines.push(
      `${f.file} [${f.format}]${f.dryRun ? ' (dry run: nothing written)' : ''}`,
      ...encodingLine(f.encoding),
      `  read ${n(f.read)} · loaded ${n(f.loaded)} · updated ${n(f.updated)} · duplicates ${n(f.duplicates)} · quarantined ${n(f.quarantined)} · with warnings ${n(f.warnings)} · tagged ${n(f.tagged)} · ${(f.durationMs / 1000).toFixed(1)} s (${n(rate)} records/s)`,
      ...byCode('quarantined', f.reasons),
      ...byCode('warning', f.warningReasons),
    );
  }
  const t = summary.totals;
  lines.push(
    `total: read ${n(t.read)} · loaded ${n(t.loaded)} · updated ${n(t.updated)} · duplicates ${n(t.duplicates)} · quarantined ${n(t.quarantined)}`,
  );
  if (summary.files.length > 1)
    lines.push(...byCode('quarantined', t.reasons), ...byCode('warning', t.warningReasons));
  if (summary.quarantineFile) {
    lines.push(
      `quarantine file (one JSON line per rejected record or warning, with code, message, file, line, field): ${summary.quarantineFile}`,
    );
  }
  if (summary.aborted) lines.push(`ABORTED: ${summary.aborted}`);
  return lines.join('\n');
}
