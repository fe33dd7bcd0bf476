/**
 * Client workspaces in the admin's view (issue 14): the list, a form to create one (id + name),
 * and per user the granted workspaces as checkboxes saved through PATCH /api/admin/users/:name.
 * An admin sees every workspace whatever the grants, so an admin's row says so instead.
 */
import type { UserSummary, Workspace } from '@graph-schema/dto/accounts';
import { updateUser } from '@web/src/api/accounts';
import { createWorkspace } from '@web/src/api/workspaces';
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import { workspaceLabel } from '@web/src/widgets/workspace-choice';

export type Act = (work: () => Promise<unknown>, done?: string) => void;

/** The workspaces table; its body is refilled by the view's load. */
export function workspacesTable(t: Translate): { element: HTMLElement; show(list: Workspace[]): void } {
  const body = h('tbody');
  const element = h(
    'div',
    { attrs: { class: 'table-scroll-x' } },
    h(
      'table',
      { attrs: { class: 'data-table workspaces-table' } },
      h('thead', null, h('tr', null, h('th', null, t('workspaces.id')), h('th', null, t('workspaces.name')))),
      body,
    ),
  );
  // Ids and names are the admin's words (often client names): data, not UI text.
  const row = (w: Workspace) =>
    h(
      'tr',
      { attrs: { 'data-workspace': w.id } },
      h('td', { attrs: { translate: 'no' } }, w.id),
      h('td', { attrs: { translate: 'no' } }, workspaceLabel(w, t)),
    );
  return { element, show: (list) => body.replaceChildren(...list.map(row)) };
}

export function workspaceCreateForm(t: Translate, act: Act): HTMLFormElement {
  const id = h('input', {
    attrs: { name: 'id', required: true, autocomplete: 'off', pattern: '[a-z0-9][a-z0-9\\-]{0,39}' },
  });
  const name = h('input', { attrs: { name: 'name', required: true, maxlength: 80, autocomplete: 'off' } });
  const form = h(
    'form',
    { attrs: { class: 'workspace-create' } },
    h('label', null, h('span', null, t('workspaces.id')), id),
    h('label', null, h('span', null, t('workspaces.name')), name),
    h('button', { attrs: { type: 'submit', class: 'button button-primary' } }, t('workspaces.create')),
  );
  id.title = t('workspaces.idHint');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const workspace = { id: id.value.trim(), name: name.value.trim() };
    act(() => createWorkspace(workspace).then(() => form.reset()), t('workspaces.created', workspace));
  });
  return form;
}

/** The user's grants: one checkbox per workspace and a save button (nothing is sent until then). */
export function grantsCell(user: UserSummary, workspaces: Workspace[], t: Translate, act: Act): HTMLElement {
  if (user.role === 'admin') return h('td', { attrs: { class: 'muted' } }, t('users.allWorkspaces'));
  const boxes = workspaces.map((w) =>
    h('input', {
      attrs: { type: 'checkbox', name: 'workspace', value: w.id, checked: user.workspaces.includes(w.id) },
    }),
  );
  const save = () => {
    const granted = boxes.filter((box) => box.checked).map((box) => box.value);
    act(() => updateUser(user.name, { workspaces: granted }), t('users.grantsSaved', { name: user.name }));
  };
  return h(
    'td',
    null,
    h(
      'div',
      { attrs: { class: 'user-grants' } },
      ...boxes.map((box, index) =>
        h('label', { attrs: { translate: 'no' } }, box, ' ', workspaceLabel(workspaces[index]!, t)),
      ),
      h(
        'button',
        { attrs: { type: 'button', class: 'button user-grants-save' }, on: { click: save } },
        t('users.saveGrants'),
      ),
    ),
  );
}
