/**
 * The client workspace a new upload or project goes to (issue 14). Shown only when the signed-in
 * user sees more than one workspace: a single-client install, or a client viewer with one grant,
 * has nothing to choose and the server's default (`default`, else the user's first) applies.
 */
import type { Workspace } from '@graph-schema/dto/accounts';
import { fetchWorkspaces } from '@web/src/api/workspaces';
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';

/** The workspace migration 014 creates; the server's default too (platform/visibility). */
const DEFAULT_WORKSPACE_ID = 'default';

export interface WorkspaceChoice {
  /** A label with the select; hidden until there is a choice. */
  element: HTMLElement;
  /** The chosen workspace id; undefined while hidden (the server then picks the default). */
  value(): string | undefined;
}

/**
 * How a workspace is named to the user: the default one (named by the migration, in English) in
 * the UI's language; the others by the name the admin gave them.
 */
export const workspaceLabel = (workspace: Workspace, t: Translate): string =>
  workspace.id === DEFAULT_WORKSPACE_ID ? t('workspaces.defaultName') : workspace.name;

function fill(select: HTMLSelectElement, workspaces: readonly Workspace[], t: Translate): void {
  const preferred = workspaces.some((w) => w.id === DEFAULT_WORKSPACE_ID)
    ? DEFAULT_WORKSPACE_ID
    : workspaces[0]?.id;
  select.replaceChildren(
    ...workspaces.map((w) =>
      h(
        'option',
        { attrs: { value: w.id, selected: w.id === preferred } },
        `${workspaceLabel(w, t)} (${w.id})`,
      ),
    ),
  );
}

export function workspaceChoice(t: Translate, signal: AbortSignal, className = 'field'): WorkspaceChoice {
  // Workspace names are the admin's words (client names), shown as written in either language.
  const select = h('select', { attrs: { name: 'workspace', translate: 'no' } });
  const element = h(
    'label',
    { attrs: { class: `${className} workspace-choice`, hidden: true } },
    h('span', { attrs: { class: 'field-label' } }, t('workspace.choose')),
    select,
  );
  fetchWorkspaces(signal)
    .then((workspaces) => {
      if (workspaces.length < 2) return;
      fill(select, workspaces, t);
      element.hidden = false;
    })
    // Without the list the form still works: the server puts the data in the default workspace.
    .catch(() => undefined);
  return { element, value: () => (element.hidden ? undefined : select.value) };
}
