/** Upload failures in words a user can act on, in the UI's language (no server text). Pure. */
import { RequestError } from '@web/src/api/request-error';
import type { Translate } from '@web/src/i18n';
import { readableErrorLine } from '@web/src/widgets/status';

export function uploadErrorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof RequestError)) return readableErrorLine(error, t);
  // By status too: a proxy in front of the server may refuse the upload without an API error body.
  if (error.status === 413 || error.code === 'PAYLOAD_TOO_LARGE') return t('ingest.tooLarge');
  if (error.status === 415 || error.code === 'UNSUPPORTED_FORMAT') return t('ingest.unsupported');
  // No upload route at all: the server was started without an ingest runner (read-only deployment).
  if (error.status === 404) return t('ingest.disabled');
  return readableErrorLine(error, t);
}
