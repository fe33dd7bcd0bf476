/** A short confirmation in the page corner (role=status, so screen readers announce it); it fades after a few seconds. */
import { h } from '../dom/h';

const SHOWN_MS = 5000;

export function showToast(message: string, kind: 'ok' | 'error' = 'ok'): HTMLElement {
  const toast = h(
    'div',
    { attrs: { class: `toast toast-${kind}`, role: kind === 'ok' ? 'status' : 'alert' } },
    message,
  );
  document.body.append(toast);
  setTimeout(() => toast.remove(), SHOWN_MS);
  return toast;
}
