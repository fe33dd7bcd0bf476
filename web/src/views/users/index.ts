/**
 * The admin's view (issue 14): every user with role, status and last sign-in; create a user with a
 * role and an initial password; change a role, disable / enable, reset a password, grant client
 * workspaces; the workspaces (list, create: workspaces-section.ts); and the audit log below. The server refuses all of it to non-admins (403), which the status line then says.
 */
import { ROLES, type Role, type UserSummary, type Workspace } from '@graph-schema/dto/accounts';
import { createUser, fetchUsers, resetPassword, updateUser } from '@web/src/api/accounts';
import { fetchWorkspaces } from '@web/src/api/workspaces';
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import { errorState, readableErrorLine } from '@web/src/widgets/status';
import type { ViewContext, ViewInstance } from '../types';
import { auditSection } from './audit-table';
import { type Act, grantsCell, workspaceCreateForm, workspacesTable } from './workspaces-section';

const formatTime = (iso: string | null, t: Translate, lang: string) =>
  iso === null ? t('users.never') : new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');

function roleSelect(
  t: Translate,
  value: Role,
  onChange: (role: Role) => void,
  name = 'role',
): HTMLSelectElement {
  const select = h(
    'select',
    { attrs: { name } },
    ...ROLES.map((role) =>
      h('option', { attrs: { value: role, selected: role === value } }, t(`role.${role}`)),
    ),
  );
  select.addEventListener('change', () => onChange(select.value as Role));
  return select;
}

function userRow(user: UserSummary, workspaces: Workspace[], context: ViewContext, act: Act) {
  const { t } = context;
  const status = [
    user.disabled ? t('users.disabled') : t('users.active'),
    user.mustChangePassword ? t('users.mustChange') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const reset = () => {
    const password = window.prompt(t('users.resetPrompt', { name: user.name }));
    if (password) act(() => resetPassword(user.name, password), t('users.resetDone', { name: user.name }));
  };
  return h(
    'tr',
    { attrs: { 'data-user': user.name } },
    h('td', { attrs: { translate: 'no' } }, user.name),
    h(
      'td',
      null,
      roleSelect(t, user.role, (role) => act(() => updateUser(user.name, { role }))),
    ),
    grantsCell(user, workspaces, t, act),
    h('td', null, status),
    h('td', null, formatTime(user.lastLoginAt, t, context.lang)),
    h(
      'td',
      null,
      h(
        'button',
        {
          attrs: { type: 'button', class: 'button' },
          on: { click: () => act(() => updateUser(user.name, { disabled: !user.disabled })) },
        },
        user.disabled ? t('users.enable') : t('users.disable'),
      ),
      ' ',
      h('button', { attrs: { type: 'button', class: 'button' }, on: { click: reset } }, t('users.reset')),
    ),
  );
}

function createForm(t: Translate, act: Act): HTMLFormElement {
  const name = h('input', {
    attrs: { name: 'name', required: true, autocomplete: 'off', pattern: '[a-z0-9][a-z0-9._\\-]{1,39}' },
  });
  const password = h('input', {
    attrs: {
      name: 'password',
      type: 'password',
      required: true,
      minlength: 12,
      autocomplete: 'new-password',
    },
  });
  let role: Role = 'viewer';
  const form = h(
    'form',
    { attrs: { class: 'users-create' } },
    h('label', null, h('span', null, t('users.name')), name),
    h(
      'label',
      null,
      h('span', null, t('users.role')),
      roleSelect(t, role, (next) => {
        role = next;
      }),
    ),
    h('label', null, h('span', null, t('users.initialPassword')), password),
    h('button', { attrs: { type: 'submit', class: 'button button-primary' } }, t('users.create')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(
      () => createUser({ name: name.value.trim(), role, password: password.value }),
      t('users.created', { name: name.value.trim() }),
    );
  });
  return form;
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const { t } = context;
  const message = h('p', { attrs: { class: 'form-message', role: 'status', hidden: true } });
  const body = h('tbody');
  const workspaceList = workspacesTable(t);
  // Success reads as a plain note, a refusal in the form's error colour.
  const say = (text: string, failed = false) => {
    message.textContent = text;
    message.className = failed ? 'form-message' : 'form-message form-message-ok';
    message.hidden = false;
  };
  const load = async () => {
    try {
      const [users, workspaces] = await Promise.all([
        fetchUsers(context.signal),
        fetchWorkspaces(context.signal),
      ]);
      body.replaceChildren(...users.map((user) => userRow(user, workspaces, context, act)));
      workspaceList.show(workspaces);
    } catch (error) {
      if (!context.signal.aborted)
        container.replaceChildren(errorState(error, t, () => window.location.reload()));
    }
  };
  function act(work: () => Promise<unknown>, done?: string) {
    work()
      .then(() => (done ? say(done) : undefined))
      .catch((error: unknown) => say(readableErrorLine(error, t), true))
      .finally(() => void load());
  }
  const head = h(
    'tr',
    null,
    ...[
      'users.name',
      'users.role',
      'users.workspaces',
      'users.status',
      'users.lastLogin',
      'users.actions',
    ].map((key) => h('th', null, t(key as 'users.name'))),
  );
  container.replaceChildren(
    h(
      'section',
      { attrs: { class: 'users-view' } },
      h('h2', null, t('users.heading')),
      h(
        'div',
        { attrs: { class: 'table-scroll-x' } },
        h('table', { attrs: { class: 'data-table users-table' } }, h('thead', null, head), body),
      ),
      h('h3', null, t('users.create')),
      createForm(t, act),
      message,
      h('h3', null, t('workspaces.heading')),
      workspaceList.element,
      workspaceCreateForm(t, act),
      auditSection(context),
    ),
  );
  void load();
  return { destroy: () => undefined };
}
