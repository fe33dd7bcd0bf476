/** Export a project as its JSON file (download) and import one from disk with a conflict choice. */
import type { Project } from '@graph-schema/dto/project';
import { exportProject, type ImportConflict, importProject } from '@web/src/api/projects';
import { downloadBlob } from '@web/src/dom/download';
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import { readableErrorLine } from '@web/src/widgets/status';
import { showToast } from '@web/src/widgets/toast';

export async function downloadProjectFile(id: string): Promise<void> {
  const file = await exportProject(id);
  const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
  const stem = file.definition.name.replace(/[\\/:*?"<>|\s]+/g, '-');
  downloadBlob(blob, `patnav-project-${stem}.json`);
}

const CONFLICTS: readonly ImportConflict[] = ['fail', 'copy', 'replace'];

export function importForm(t: Translate, onImported: (project: Project) => void): HTMLElement {
  const file = h('input', { attrs: { type: 'file', name: 'projectFile', accept: 'application/json,.json' } });
  const conflict = h(
    'select',
    { attrs: { name: 'onConflict' } },
    ...CONFLICTS.map((value) => h('option', { attrs: { value } }, t(`projects.conflict.${value}`))),
  );
  const status = h('p', { attrs: { class: 'form-status', 'aria-live': 'polite' } });
  const run = async () => {
    const chosen = file.files?.[0];
    if (chosen === undefined) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await chosen.text());
    } catch (error) {
      status.textContent = t('projects.importBadFile', { reason: String(error) });
      return;
    }
    try {
      const result = await importProject(parsed, conflict.value as ImportConflict);
      status.textContent = '';
      showToast(t('projects.importDone', { name: result.project.definition.name }));
      onImported(result.project);
    } catch (error) {
      status.textContent = readableErrorLine(error, t);
    }
  };
  file.addEventListener('change', () => void run());
  return h(
    'section',
    { attrs: { class: 'project-import' } },
    h('h3', null, t('projects.import')),
    h('label', { attrs: { class: 'tool' } }, h('span', null, t('projects.importConflict')), conflict),
    file,
    status,
  );
}
