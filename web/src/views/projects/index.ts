/**
 * Navigation projects: the list, the create/edit form (every definition field), the datasets of the
 * project being edited, duplicate, delete (typed confirmation), export and import of project files.
 * Opening a project puts it in the URL (`project=`): every view then takes its scope from it.
 */
import type { ProjectSummary } from '@graph-schema/dto/project';
import { duplicateProject, fetchProject, fetchProjects } from '@web/src/api/projects';
import { h } from '@web/src/dom/h';
import { errorState, loadingState, readableErrorLine } from '@web/src/widgets/status';
import { showToast } from '@web/src/widgets/toast';
import type { ViewContext, ViewInstance } from '../types';
import { datasetsTable } from './datasets';
import { openDeleteDialog } from './delete-dialog';
import { projectForm } from './form';
import { downloadProjectFile, importForm } from './import-export';
import { projectList } from './list';

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const { t, lang, signal } = context;
  const listHost = h('div', { attrs: { class: 'project-list-host' } });
  const editorHost = h('div', { attrs: { class: 'project-editor' } });
  const fail = (error: unknown) => showToast(readableErrorLine(error, t), 'error');

  const closeEditor = () => editorHost.replaceChildren();
  const edit = (id: string | undefined) => {
    editorHost.replaceChildren(loadingState(t));
    const loaded = id === undefined ? Promise.resolve(undefined) : fetchProject(id, signal);
    loaded
      .then((project) => {
        const form = projectForm({
          t,
          lang,
          project,
          signal,
          onCancel: closeEditor,
          onSaved: (saved) => {
            showToast(t('projects.saved', { name: saved.definition.name }));
            // A project saved while open gets its new scope; a new one is opened right away.
            if (project === undefined || saved.id === context.project?.id) context.openProject(saved.id);
            else {
              closeEditor();
              refresh();
            }
          },
        });
        editorHost.replaceChildren(form, ...(project ? [datasetsTable(t, lang, project.datasets)] : []));
        form.scrollIntoView({ block: 'start' });
      })
      .catch(fail);
  };

  const actions = {
    open: (id: string) => context.openProject(id),
    edit,
    duplicate: (id: string) =>
      duplicateProject(id)
        .then((copy) => {
          showToast(t('projects.duplicated', { name: copy.definition.name }));
          refresh();
        })
        .catch(fail),
    exportFile: (id: string) => downloadProjectFile(id).catch(fail),
    remove: (summary: ProjectSummary) =>
      openDeleteDialog(t, summary, () => {
        showToast(t('projects.deleted', { name: summary.name }));
        if (summary.id === context.project?.id) context.openProject(undefined);
        else refresh();
      }),
  };

  function refresh(): void {
    listHost.replaceChildren(loadingState(t));
    fetchProjects(signal)
      .then((projects) =>
        listHost.replaceChildren(projectList(t, lang, projects, context.project?.id, actions)),
      )
      .catch((error: unknown) => {
        if (!signal.aborted) listHost.replaceChildren(errorState(error, t, refresh));
      });
  }

  container.replaceChildren(
    h(
      'div',
      { attrs: { class: 'projects-view' } },
      h(
        'div',
        { attrs: { class: 'view-heading' } },
        h('h1', null, t('view.projects')),
        h(
          'button',
          {
            attrs: { type: 'button', class: 'button button-primary', 'data-action': 'new' },
            on: { click: () => edit(undefined) },
          },
          t('projects.new'),
        ),
      ),
      listHost,
      editorHost,
      importForm(t, (project) => context.openProject(project.id, 'projects')),
    ),
  );
  refresh();
  return { destroy: () => container.replaceChildren() };
}
