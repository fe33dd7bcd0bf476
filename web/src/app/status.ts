/** Loading, empty and error states, shared by every view. */
import { ApiError, CLIENT_ERROR_CODES } from '../api/api-error';
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
  message: string;
  /** Code and HTTP status, for a bug report; undefined for non-API failures. */
  reference?: string;
}

/** Turns any failure into one sentence a user can act on, keeping the API's own message. */
export function readableError(error: unknown, t: Translate): ReadableError {
  if (!(error instanceof ApiError))
    return { message: error instanceof Error ? error.message : String(error) };
  const reference = error.status === undefined ? error.code : `${error.code} · HTTP ${error.status}`;
  if (error.code === CLIENT_ERROR_CODES.network) return { message: t('error.network'), reference };
  if (error.code === CLIENT_ERROR_CODES.badResponse) return { message: t('error.badResponse'), reference };
  return { message: error.message, reference };
}

export function errorState(error: unknown, t: Translate, retry: () => void): HTMLElement {
  const readable = readableError(error, t);
  return h(
    'div',
    { attrs: { class: 'status status-error', role: 'alert' } },
    h('p', { attrs: { class: 'status-title' } }, t('status.error')),
    h('p', { attrs: { class: 'status-message' } }, readable.message),
    readable.reference !== undefined &&
      h('p', { attrs: { class: 'status-reference' } }, h('code', null, readable.reference)),
    h('button', { attrs: { type: 'button', class: 'button' }, on: { click: retry } }, t('status.retry')),
  );
}
