/** Upload failures in words a user can act on. Pure. */
import { ApiError } from '@web/src/api/api-error';
import type { Translate } from '@web/src/i18n';

export function uploadErrorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.status === 413 || error.code === 'PAYLOAD_TOO_LARGE')
    return t('ingest.tooLarge', { message: error.message });
  if (error.status === 415 || error.code === 'UNSUPPORTED_FORMAT')
    return t('ingest.unsupported', { message: error.message });
  // No upload route at all: the server was started without an ingest runner (read-only deployment).
  if (error.status === 404) return t('ingest.disabled');
  if (error.code === 'NETWORK') return t('error.network');
  return error.message;
}
