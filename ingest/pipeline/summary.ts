/** Summary helpers; the shapes themselves are API DTOs in graph-schema/dto/ingest. */
import type { FileSummary, IngestSummary } from '@graph-schema/dto/ingest';

export type { FileSummary, IngestSummary };

export function emptyFileSummary(file: string, format: string, dryRun: boolean): FileSummary {
  return {
    file,
    format,
    read: 0,
    loaded: 0,
    updated: 0,
    duplicates: 0,
    quarantined: 0,
    warnings: 0,
    reasons: {},
    tagged: 0,
    durationMs: 0,
    dryRun,
  };
}

export function totalsOf(files: FileSummary[]): IngestSummary['totals'] {
  const totals: IngestSummary['totals'] = {
    read: 0,
    loaded: 0,
    updated: 0,
    duplicates: 0,
    quarantined: 0,
    warnings: 0,
    reasons: {},
    tagged: 0,
    durationMs: 0,
  };
  for (const f of files) {
    totals.read += f.read;
    totals.loaded += f.loaded;
    totals.updated += f.updated;
    totals.duplicates += f.duplicates;
    totals.quarantined += f.quarantined;
    totals.warnings += f.warnings;
    totals.tagged += f.tagged;
    totals.durationMs += f.durationMs;
    for (const [reason, count] of Object.entries(f.reasons))
      totals.reasons[reason] = (totals.reasons[reason] ?? 0) + count;
  }
  return totals;
}
