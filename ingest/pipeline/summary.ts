/** What an ingest run reports: per file and in total, with rejection reasons counted. */
export interface FileSummary {
  file: string;
  format: string;
  /** Records the reader produced (good and rejected). */
  read: number;
  /** Patents new to the graph. */
  loaded: number;
  /** Patents already in the graph whose properties this run updated. */
  updated: number;
  /** Rows repeating a publication already seen earlier in this run (merged, not double-counted). */
  duplicates: number;
  quarantined: number;
  /** Rejections counted by reason. */
  reasons: Record<string, number>;
  /** Records tagged with at least one chain branch. */
  tagged: number;
  durationMs: number;
  dryRun: boolean;
}

export interface IngestSummary {
  files: FileSummary[];
  totals: Omit<FileSummary, 'file' | 'format' | 'dryRun'>;
  quarantineFile: string | null;
  aborted?: string;
}

export function emptyFileSummary(file: string, format: string, dryRun: boolean): FileSummary {
  return {
    file,
    format,
    read: 0,
    loaded: 0,
    updated: 0,
    duplicates: 0,
    quarantined: 0,
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
    totals.tagged += f.tagged;
    totals.durationMs += f.durationMs;
    for (const [reason, n] of Object.entries(f.reasons))
      totals.reasons[reason] = (totals.reasons[reason] ?? 0) + n;
  }
  return totals;
}
