/** Deleting a project: the user types its name (the server checks it too: `?confirm=<name>`). */
import type { ProjectSummary } from '@graph-schema/dto/project';
import { deleteProject } from '@web/src/api/projects';
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import { readableErrorLine } from '@web/src/widgets/status';

export function openDeleteDialog(t: Translate, summary: ProjectSummary, onDeleted: () => void): void {
  const input = h('input', { attrs: { name: 'confirm', autocomplete: 'off', 'aria-label': t('form.name') } });
  const status = h('p', { attrs: { class: 'dialog-status', role: 'alert' } });
  const confirm = h(
    'button',
    { attrs: { type: 'submit', class: 'button button-danger', disabled: true } },
    t('projects.deleteButton'),
  );
  input.addEventListener('input', () => (confirm.disabled = input.value !== summary.name));
  const dialog = h('dialog', {
    attrs: { class: 'dialog delete-dialog', 'aria-label': t('projects.delete') },
  });
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  const form = h(
    'form',
    null,
    h('p', null, t('projects.deleteConfirm', { name: summary.name })),
    input,
    status,
    h(
      'div',
      { attrs: { class: 'dialog-actions' } },
      h('button', { attrs: { type: 'button', class: 'button' }, on: { click: close } }, t('form.cancel')),
      confirm,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    deleteProject(summary.id, input.value)
      .then(() => {
        close();
        onDeleted();
      })
      .catch((error: unknown) => (status.textContent = readableErrorLine(error, t)));
  });
  dialog.append(form);
  document.body.append(dialog);
  dialog.showModal();
}
