/** The project list: name, client, navigation type, datasets, last update; one row's actions open, edit, duplicate, export, delete. */
import { NAVIGATION_TYPES, type ProjectSummary } from '@graph-schema/dto/project';
import { h } from '@web/src/dom/h';
import type { Lang, Translate } from '@web/src/i18n';

export interface ProjectActions {
  open(id: string): void;
  edit(id: string): void;
  duplicate(id: string): void;
  exportFile(id: string): void;
  remove(summary: ProjectSummary): void;
}

function actionButton(label: string, action: string, onClick: () => void): HTMLButtonElement {
  return h(
    'button',
    {
      attrs: { type: 'button', class: 'button button-small', 'data-action': action },
      on: { click: onClick },
    },
    label,
  );
}

export function projectList(
  t: Translate,
  lang: Lang,
  projects: readonly ProjectSummary[],
  currentId: string | undefined,
  actions: ProjectActions,
): HTMLElement {
  if (projects.length === 0) return h('p', { attrs: { class: 'muted' } }, t('projects.empty'));
  const head = h(
    'tr',
    null,
    ...(['name', 'client', 'type', 'datasets', 'updated', 'actions'] as const).map((key) =>
      h('th', null, t(`projects.col.${key}`)),
    ),
  );
  // Newest first, then by name and id: a stable order whatever the server sends.
  const sorted = [...projects].sort(
    (a, b) =>
      b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  const rows = sorted.map((summary) =>
    h(
      'tr',
      {
        attrs: { 'data-project': summary.id, 'aria-current': summary.id === currentId ? 'true' : undefined },
      },
      h('td', null, summary.name),
      h('td', null, summary.client ?? t('projects.none')),
      h('td', null, NAVIGATION_TYPES[summary.navigationType][lang]),
      h('td', { attrs: { class: 'num' } }, summary.datasetCount),
      h('td', null, summary.updatedAt.slice(0, 16).replace('T', ' ')),
      h(
        'td',
        { attrs: { class: 'actions' } },
        actionButton(t('projects.open'), 'open', () => actions.open(summary.id)),
        actionButton(t('projects.edit'), 'edit', () => actions.edit(summary.id)),
        actionButton(t('projects.duplicate'), 'duplicate', () => actions.duplicate(summary.id)),
        actionButton(t('projects.export'), 'export', () => actions.exportFile(summary.id)),
        actionButton(t('projects.delete'), 'delete', () => actions.remove(summary)),
      ),
    ),
  );
  return h(
    'table',
    { attrs: { class: 'ranked project-list' } },
    h('thead', null, head),
    h('tbody', null, ...rows),
  );
}
