/** The side panel that shows what was clicked. Views fill it; the shell owns it. */
import { h } from '../dom/h';
import type { Translate } from '../i18n';

export interface DetailsPanel {
  show(title: string, body: Node): void;
  clear(): void;
  /** Called when the user closes the panel (e.g. so the graph drops its selection too). */
  onClose(listener: () => void): void;
}

export function createDetailsPanel(host: HTMLElement, t: Translate): DetailsPanel {
  const closeListeners: (() => void)[] = [];
  const titleElement = h('h2', { attrs: { class: 'details-title' } });
  const bodyElement = h('div', { attrs: { class: 'details-body' } });
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
    h('div', { attrs: { class: 'details-head' } }, titleElement, closeButton),
    bodyElement,
  );

  const clear = (): void => {
    titleElement.textContent = t('details.title');
    bodyElement.replaceChildren(h('p', { attrs: { class: 'muted' } }, t('details.empty')));
    closeButton.hidden = true;
  };
  clear();
  return {
    show(title, body) {
      titleElement.textContent = title;
      bodyElement.replaceChildren(body);
      closeButton.hidden = false;
    },
    clear,
    onClose: (listener) => closeListeners.push(listener),
  };
}
