/**
 * The patent details drawer, owned by the shell so every view (maps, tables, the search box) opens
 * patents the same way. It fetches `GET /api/patents/:id`; a newer request aborts the older one.
 * The open patent is kept in the page address (`patent=<id>`, DRAWER_PARAM) through `onChange`, so
 * a reload or a shared link opens the drawer on that patent.
 */
import { fetchPatent } from '../api/patents';
import { h } from '../dom/h';
import type { Lang, Translate } from '../i18n';
import { errorState, loadingState } from '../widgets/status';
import { patentDetailsBody } from './patent-details';
import { preferredTitle } from './patent-format';
import './drawer.css';

/** The view parameter that names the patent open in the drawer. */
export const DRAWER_PARAM = 'patent';

/** The current page's address with the drawer open on `id` (path and query, no origin). */
export function drawerLink(id: string, location: { pathname: string; search: string }): string {
  const params = new URLSearchParams(location.search);
  params.set(DRAWER_PARAM, id);
  return `${location.pathname}?${params.toString()}`;
}

export interface PatentPanel {
  /** The drawer element; the shell places it in the page. */
  element: HTMLElement;
  open(id: string): void;
  close(): void;
}

export function createPatentPanel(
  t: Translate,
  lang: Lang,
  onChange: (id: string | undefined) => void = () => undefined,
): PatentPanel {
  let request: AbortController | undefined;
  const title = h('h2', { attrs: { class: 'patent-panel-title' } }, t('patent.panel'));
  const body = h('div', { attrs: { class: 'patent-panel-body' } });
  const element = h(
    'aside',
    { attrs: { class: 'patent-panel', role: 'dialog', 'aria-label': t('patent.panel'), hidden: true } },
    h(
      'div',
      { attrs: { class: 'details-head' } },
      title,
      h(
        'button',
        {
          attrs: { type: 'button', class: 'button button-quiet', 'aria-label': t('patent.close') },
          on: { click: () => close() },
        },
        '×',
      ),
    ),
    body,
  );
  const close = (): void => {
    request?.abort();
    element.hidden = true;
    body.replaceChildren();
    onChange(undefined);
  };
  const open = (id: string): void => {
    request?.abort();
    const current = new AbortController();
    request = current;
    element.hidden = false;
    element.scrollTop = 0;
    title.textContent = id;
    onChange(id);
    body.replaceChildren(loadingState(t));
    const project = new URLSearchParams(window.location.search).get('project') ?? undefined;
    fetchPatent(id, current.signal, project)
      .then((patent) => {
        if (current.signal.aborted) return;
        title.textContent = preferredTitle(patent, lang);
        const links = { open, deepLink: drawerLink(patent.id, window.location) };
        body.replaceChildren(patentDetailsBody(patent, t, lang, links));
      })
      .catch((error: unknown) => {
        if (!current.signal.aborted) body.replaceChildren(errorState(error, t, () => open(id)));
      });
  };
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  return { element, open, close };
}
