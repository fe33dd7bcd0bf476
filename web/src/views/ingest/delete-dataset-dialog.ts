/**
 * Deleting a dataset: the user types its file name (the server checks it too), as a project is
 * deleted by typing its name; the dialog reports what was removed through `onDeleted`.
 */
import type { DatasetDeleteResult, DatasetEntry } from '@graph-schema/dto/datasets';
import { deleteDataset } from '@web/src/api/ingest';
import type { Translate } from '@web/src/i18n';
import { openTypeToConfirmDialog } from '@web/src/widgets/type-to-confirm-dialog';

export function openDeleteDatasetDialog(
  t: Translate,
  dataset: DatasetEntry,
  onDeleted: (result: DatasetDeleteResult) => void,
): void {
  openTypeToConfirmDialog({
    t,
    className: 'delete-dataset-dialog',
    title: t('datasets.deleteTitle'),
    heading: true,
    message: t('datasets.deleteConfirm', { name: dataset.fileName }),
    inputLabel: t('datasets.col.file'),
    expected: dataset.fileName,
    confirmLabel: t('datasets.deleteButton'),
    cancelLabel: t('datasets.cancel'),
    busyText: t('datasets.deleting'),
    run: (typed) => deleteDataset(dataset.checksum, typed),
    onDone: onDeleted,
  });
}
