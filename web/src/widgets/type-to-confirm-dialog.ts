/**
 * The confirmation of an irreversible delete (a project, a dataset): the user types the object's
 * name before the danger button enables — the server checks the same name, so a stale page cannot
 * delete the wrong thing. One dialog for every such delete, so they look and behave alike.
 */
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import { readableErrorLine } from '@web/src/widgets/status';

export interface TypeToConfirm<T> {
  t: Translate;
  /** Extra class names of the dialog (tests and styles find it by them). */
  className: string;
  title: string;
  /** Shown as a heading when set; the dialog's accessible name either way. */
  heading?: boolean;
  message: string;
  inputLabel: string;
  /** What must be typed (compared after trimming). */
  expected: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Shown while the request runs, when set. */
  busyText?: string;
  run: (typed: string) => Promise<T>;
  onDone: (result: T) => void;
}

export function openTypeToConfirmDialog<T>(options: TypeToConfirm<T>): void {
  const { t } = options;
  const input = h('input', {
    attrs: { name: 'confirm', autocomplete: 'off', 'aria-label': options.inputLabel },
  });
  const status = h('p', { attrs: { class: 'dialog-status', role: 'alert' } });
  const confirm = h(
    'button',
    { attrs: { type: 'submit', class: 'button button-danger', disabled: true } },
    options.confirmLabel,
  );
  input.addEventListener('input', () => (confirm.disabled = input.value.trim() !== options.expected));
  const dialog = h('dialog', {
    attrs: { class: `dialog delete-dialog ${options.className}`, 'aria-label': options.title },
  });
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  const form = h(
    'form',
    null,
    options.heading ? h('h2', null, options.title) : null,
    h('p', null, options.message),
    input,
    status,
    h(
      'div',
      { attrs: { class: 'dialog-actions' } },
      h('button', { attrs: { type: 'button', class: 'button' }, on: { click: close } }, options.cancelLabel),
      confirm,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    confirm.disabled = true;
    if (options.busyText) status.textContent = options.busyText;
    options
      .run(input.value)
      .then((result) => {
        close();
        options.onDone(result);
      })
      .catch((error: unknown) => {
        status.textContent = readableErrorLine(error, t);
        confirm.disabled = false;
      });
  });
  dialog.append(form);
  document.body.append(dialog);
  dialog.showModal();
}
