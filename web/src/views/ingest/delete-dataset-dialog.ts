/**
 * Deleting a dataset: the user types its file name (the server checks it too), as a project is
 * deleted by typing its name; the dialog reports what was removed through `onDeleted`.
 */
import type { DatasetDeleteResult, DatasetEntry } from '@graph-schema/dto/datasets';
import { deleteDataset } from '@web/src/api/ingest';
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import { readableErrorLine } from '@web/src/widgets/status';

export function openDeleteDatasetDialog(
  t: Translate,
  dataset: DatasetEntry,
  onDeleted: (result: DatasetDeleteResult) => void,
): void {
  const input = h('input', {
    attrs: { name: 'confirm', autocomplete: 'off', 'aria-label': t('datasets.col.file') },
  });
  const status = h('p', { attrs: { class: 'dialog-status', role: 'alert' } });
  const confirm = h(
    'button',
    { attrs: { type: 'submit', class: 'button button-danger', disabled: true } },
    t('datasets.deleteButton'),
  );
  input.addEventListener('input', () => (confirm.disabled = input.value.trim() !== dataset.fileName));
  const dialog = h('dialog', {
    attrs: { class: 'dialog delete-dialog delete-dataset-dialog', 'aria-label': t('datasets.deleteTitle') },
  });
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  const form = h(
    'form',
    null,
    h('h2', null, t('datasets.deleteTitle')),
    h('p', null, t('datasets.deleteConfirm', { name: dataset.fileName })),
    input,
    status,
    h(
      'div',
      { attrs: { class: 'dialog-actions' } },
      h('button', { attrs: { type: 'button', class: 'button' }, on: { click: close } }, t('datasets.cancel')),
      confirm,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    confirm.disabled = true;
    status.textContent = t('datasets.deleting');
    deleteDataset(dataset.checksum, input.value)
      .then((result) => {
        close();
        onDeleted(result);
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
