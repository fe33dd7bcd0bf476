/** The data version and last load day for an export's header (GET /api/health); undefined when it did not answer. */
import { fetchHealth } from '@web/src/api/health';

export async function exportDataState(
  signal?: AbortSignal,
): Promise<{ version: string; lastIngestAt: string | null } | undefined> {
  try {
    return (await fetchHealth(signal)).data;
  } catch {
    // The rows are still worth having; the header says the version is unknown.
    return undefined;
  }
}
