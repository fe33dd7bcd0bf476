/**
 * The side panel that shows what was clicked. Views fill it; the shell owns it. It collapses to a
 * narrow strip (button in its head) so maps get the full width, e.g. at 1024 px; the choice is
 * remembered in localStorage. Showing new details opens it again for this view (the user asked for
 * them by clicking) without changing the remembered choice.
 */
import { h } from '../dom/h';
import type { Translate } from '../i18n';

export interface DetailsPanel {
  show(title: string, body: Node): void;
  clear(): void;
  /** Called when the user closes the panel (e.g. so the graph drops its selection too). */
  onClose(listener: () => void): void;
}

const COLLAPSED_KEY = 'patnav.detailsCollapsed';

function rememberedCollapsed(): boolean {
  try {
    return localStorage.getItem(COLLAPSED_KEY) === '1';
  } catch {
    // Storage can be blocked (private mode, file://): the panel then starts open.
    return false;
  }
}

function rememberCollapsed(collapsed: boolean): void {
  try {
    localStorage.setItem(COLLAPSED_KEY, collapsed ? '1' : '0');
  } catch {
    // Not remembered across reloads, nothing else is lost.
  }
}

/** The collapse/expand toggle; `apply` sets the classes on the panel and its grid. */
function collapseToggle(
  host: HTMLElement,
  t: Translate,
): { button: HTMLButtonElement; set(c: boolean): void } {
  const button = h('button', {
    attrs: { type: 'button', class: 'button button-quiet details-toggle', 'data-testid': 'details-toggle' },
  });
  const set = (collapsed: boolean): void => {
    host.classList.toggle('details-collapsed', collapsed);
    host.parentElement?.classList.toggle('app-main-collapsed', collapsed);
    const label = t(collapsed ? 'details.expand' : 'details.collapse');
    button.textContent = collapsed ? '‹' : '›';
    button.setAttribute('aria-label', label);
    button.setAttribute('title', label);
    button.setAttribute('aria-expanded', String(!collapsed));
  };
  button.addEventListener('click', () => {
    const collapsed = !host.classList.contains('details-collapsed');
    rememberCollapsed(collapsed);
    set(collapsed);
  });
  return { button, set };
}

export function createDetailsPanel(host: HTMLElement, t: Translate): DetailsPanel {
  const closeListeners: (() => void)[] = [];
  const titleElement = h('h2', { attrs: { class: 'details-title' } });
  const bodyElement = h('div', { attrs: { class: 'details-body' } });
  const toggle = collapseToggle(host, t);
  const closeButton = h(
    'button',
    {
      attrs: { type: 'button', class: 'button button-quiet', 'aria-label': t('details.close') },
      on: {
        click: () => {
          clear();
          for (const listener of closeListeners) listener();
        },
      },
    },
    '×',
  );
  host.replaceChildren(
    h('div', { attrs: { class: 'details-head' } }, toggle.button, titleElement, closeButton),
    bodyElement,
  );

  const clear = (): void => {
    titleElement.textContent = t('details.title');
    bodyElement.replaceChildren(h('p', { attrs: { class: 'muted' } }, t('details.empty')));
    closeButton.hidden = true;
  };
  clear();
  toggle.set(rememberedCollapsed());
  return {
    show(title, body) {
      titleElement.textContent = title;
      bodyElement.replaceChildren(body);
      closeButton.hidden = false;
      toggle.set(false);
    },
    clear,
    onClose: (listener) => closeListeners.push(listener),
  };
}
