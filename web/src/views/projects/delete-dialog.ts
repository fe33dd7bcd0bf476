/** Deleting a project: the user types its name (the server checks it too: `?confirm=<name>`). */
import type { ProjectSummary } from '@graph-schema/dto/project';
import { deleteProject } from '@web/src/api/projects';
import type { Translate } from '@web/src/i18n';
import { openTypeToConfirmDialog } from '@web/src/widgets/type-to-confirm-dialog';

export function openDeleteDialog(t: Translate, summary: ProjectSummary, onDeleted: () => void): void {
  openTypeToConfirmDialog({
    t,
    className: 'delete-project-dialog',
    title: t('projects.delete'),
    message: t('projects.deleteConfirm', { name: summary.name }),
    inputLabel: t('form.name'),
    expected: summary.name,
    confirmLabel: t('projects.deleteButton'),
    cancelLabel: t('form.cancel'),
    run: (typed) => deleteProject(summary.id, typed),
    onDone: onDeleted,
  });
}
