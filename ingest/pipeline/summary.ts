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
    warningReasons: {},
    tagged: 0,
    durationMs: 0,
    dryRun,
  };
}

/** Adds one occurrence of `code` to counts by code. */
export function countCode<Code extends string>(
  counts: Partial<Record<Code, number>>,
  code: Code,
  n = 1,
): void {
  counts[code] = (counts[code] ?? 0) + n;
}

function addCounts<Code extends string>(
  into: Partial<Record<Code, number>>,
  from: Partial<Record<Code, number>>,
): void {
  for (const [code, count] of Object.entries(from) as [Code, number][]) countCode(into, code, count);
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
    warningReasons: {},
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
    addCounts(totals.reasons, f.reasons);
    addCounts(totals.warningReasons, f.warningReasons);
  }
  return totals;
}
