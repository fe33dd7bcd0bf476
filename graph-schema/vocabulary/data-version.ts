/**
 * The data-version fingerprint every cache is keyed by and every pin and export records
 * (server/platform/data-version/read-data-version.ts writes it): `runs|lastRun|patents|changes`
 * for users who see every workspace, `v-<hash>` for the others (the parts would reveal counts).
 * One place for its shape, so the web app can word it for people instead of showing the string.
 */

export interface DataVersionParts {
  /** Finished ingest runs. */
  runs: number;
  /** When the last ingest run finished (ISO date-time), null before the first. */
  lastIngestAt: string | null;
  patents: number;
  /** Curation changes recorded since (applicant merges, tags, rule versions …). */
  changes: number;
}

export function formatDataVersion(parts: DataVersionParts): string {
  return `${parts.runs}|${parts.lastIngestAt ?? ''}|${parts.patents}|${parts.changes}`;
}

const COUNT = /^\d+$/;

/** The parts of a full fingerprint; null for a hashed one or anything else (older three-part pins included). */
export function parseDataVersion(version: string): DataVersionParts | null {
  const fields = version.split('|');
  if (fields.length !== 4) return null;
  const [runs, lastRun, patents, changes] = fields as [string, string, string, string];
  if (![runs, patents, changes].every((field) => COUNT.test(field))) return null;
  return {
    runs: Number(runs),
    lastIngestAt: lastRun === '' ? null : lastRun,
    patents: Number(patents),
    changes: Number(changes),
  };
}
