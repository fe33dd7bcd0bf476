/** Loading, empty and error states, shared by every view. */
import { RequestError } from '../api/request-error';
import { h } from '../dom/h';
import type { Translate } from '../i18n';

export function loadingState(t: Translate): HTMLElement {
  return h(
    'div',
    { attrs: { class: 'status status-loading', role: 'status', 'aria-live': 'polite' } },
    t('status.loading'),
  );
}

export function emptyState(t: Translate): HTMLElement {
  return h(
    'div',
    { attrs: { class: 'status status-empty', role: 'status' } },
    h('p', { attrs: { class: 'status-title' } }, t('status.empty')),
    h('p', { attrs: { class: 'status-hint' } }, t('status.emptyHint')),
  );
}

export interface ReadableError {
  /** What went wrong, worded by the error's code in the UI language. */
  message: string;
  /** The server's own message (English) or the HTTP status line, shown under the message. */
  detail?: string;
  /** Code and HTTP status, for a bug report; undefined for non-API failures. */
  reference?: string;
}

/** Turns any failure into one sentence a user can act on, keeping the API's own message as detail. */
export function readableError(error: unknown, t: Translate): ReadableError {
  if (!(error instanceof RequestError))
    return { message: error instanceof Error ? error.message : String(error) };
  const reference = error.status === undefined ? error.code : `${error.code} · HTTP ${error.status}`;
  const message = t(`error.${error.code}`);
  // These two carry the browser's or zod's own text, which helps a developer console, not a user.
  if (error.code === 'NETWORK' || error.code === 'BAD_RESPONSE') return { message, reference };
  return { message, detail: error.message, reference };
}

/** The fields a VALIDATION_FAILED answer names (`details.issues[].field`): words a user can find on the form. */
function rejectedFields(error: RequestError): string[] {
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  const fields = issues.map((issue) => (issue as { field?: unknown } | null)?.field);
  return [...new Set(fields.filter((field): field is string => typeof field === 'string' && field !== ''))];
}

/**
 * One sentence in the UI's language, for places with room for a single line. A code of the
 * contract is worded by its message alone (the server's English text would leak into the zh UI);
 * a validation failure adds the fields it names. Only a failure without an API code (a proxy's
 * page: HTTP_ERROR) keeps its status line, the one thing known about it.
 */
export function readableErrorLine(error: unknown, t: Translate): string {
  const { message, detail } = readableError(error, t);
  if (!(error instanceof RequestError)) return message;
  const fields = rejectedFields(error);
  if (fields.length > 0) return t('error.fields', { message, fields: fields.join(', ') });
  if (error.code === 'HTTP_ERROR' && detail !== undefined) return t('error.withDetail', { message, detail });
  return message;
}

export function errorState(error: unknown, t: Translate, retry: () => void): HTMLElement {
  const readable = readableError(error, t);
  return h(
    'div',
    { attrs: { class: 'status status-error', role: 'alert' } },
    h('p', { attrs: { class: 'status-title' } }, t('status.error')),
    h('p', { attrs: { class: 'status-message' } }, readable.message),
    // The server's own text is English and for diagnosis: folded under a worded summary, so the
    // error reads in the UI language and the detail is still there for a bug report.
    readable.detail !== undefined &&
      h(
        'details',
        { attrs: { class: 'status-detail' } },
        h('summary', null, t('error.serverText')),
        h('code', { attrs: { lang: 'en' } }, readable.detail),
      ),
    readable.reference !== undefined &&
      h('p', { attrs: { class: 'status-reference' } }, h('code', null, readable.reference)),
    h('button', { attrs: { type: 'button', class: 'button' }, on: { click: retry } }, t('status.retry')),
  );
}
