/**
 * The app: holds the state, keeps it in the URL, renders the shell and mounts the current view.
 * A change of view, language or filters remounts the view; view parameters (layout, selection)
 * only update the URL, so sharing the link restores exactly what is on screen.
 */
import { fetchHealth, type Health } from '../api/health';
import { h } from '../dom/h';
import { createTranslator, langFromLocale, localeOf, type Translate } from '../i18n';
import { createPatentPanel, type PatentPanel } from '../patent/patent-panel';
import { DEFAULT_VIEW_ID, findView, VIEWS } from '../views/registry';
import type { ViewContext, ViewDefinition, ViewInstance } from '../views/types';
import { createDetailsPanel } from '../widgets/details-panel';
import { errorState, loadingState } from '../widgets/status';
import { createFilterBar, filterProblemMessage } from './filter-bar';
import { createHeader, healthBadge } from './header';
import { createSearchBox } from './search-box';
import { type AppState, needsRemount } from './state';
import { type DecodeDefaults, decodeUrlState, encodeUrlState } from './url-state';

interface Mounted {
  /** Undefined until the view's code has loaded. */
  instance?: ViewInstance;
  controller: AbortController;
}

class App {
  private state!: AppState;
  /** Messages about the URL that was opened (rejected filters, unknown view); cleared on navigation. */
  private notices: string[] = [];
  /** undefined while loading, null when the API did not answer. */
  private health: Health | null | undefined;
  private mounted: Mounted | undefined;
  /** Rebuilt with the page on every render (it is in the page language). */
  private patentPanel!: PatentPanel;

  constructor(
    private readonly root: HTMLElement,
    private readonly defaults: DecodeDefaults,
  ) {}

  start(): void {
    window.addEventListener('popstate', () => {
      this.readUrl();
      this.render();
    });
    this.readUrl();
    // Normalise the address bar (language written out, bad values dropped) without a history entry.
    this.writeUrl('replace');
    this.render();
    fetchHealth()
      .then((health) => this.showHealth(health))
      .catch(() => this.showHealth(null));
  }

  private readUrl(): void {
    const decoded = decodeUrlState(window.location.search, this.defaults);
    this.state = decoded.state;
    const t = createTranslator(this.state.lang);
    this.notices = decoded.problems.map((problem) => filterProblemMessage(t, problem.field, problem.message));
    if (decoded.unknownView !== undefined)
      this.notices.push(t('view.unknown', { view: decoded.unknownView }));
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    const url = `${window.location.pathname}${encodeUrlState(this.state)}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  private navigate(next: AppState): void {
    const remount = needsRemount(this.state, next);
    this.state = next;
    this.notices = [];
    this.writeUrl('push');
    if (remount) this.render();
  }

  private setViewParams(patch: Record<string, string | undefined>): void {
    const viewParams = { ...this.state.viewParams };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) delete viewParams[key];
      else viewParams[key] = value;
    }
    this.state = { ...this.state, viewParams };
    this.writeUrl('replace');
  }

  private render(): void {
    this.mounted?.controller.abort();
    this.mounted?.instance?.destroy();
    const t = createTranslator(this.state.lang);
    const view = findView(this.state.view);
    document.documentElement.lang = localeOf(this.state.lang);
    document.title = `${t(view.titleKey)} · ${t('app.name')} ${t('app.tagline')}`;
    const viewHost = h('section', { attrs: { class: 'view', 'aria-label': t(view.titleKey) } });
    const detailsHost = h('aside', { attrs: { class: 'details', 'aria-label': t('details.title') } });
    this.patentPanel = createPatentPanel(t, this.state.lang);
    this.root.replaceChildren(
      this.header(t, view),
      // replaceChildren would print `false`: an absent filter bar is an empty spread.
      ...(view.usesFilters === false
        ? []
        : [createFilterBar(t, this.state.filters, (filters) => this.navigate({ ...this.state, filters }))]),
      h(
        'div',
        { attrs: { class: 'notices' } },
        ...this.notices.map((n) => h('p', { attrs: { class: 'notice' } }, n)),
      ),
      view.showsDetails
        ? h('main', { attrs: { class: 'app-main' } }, viewHost, detailsHost)
        : h('main', { attrs: { class: 'app-main app-main-wide' } }, viewHost),
      this.patentPanel.element,
    );
    this.mounted = this.mountView(view, viewHost, detailsHost, t);
  }

  private header(t: Translate, view: ViewDefinition): HTMLElement {
    return createHeader({
      t,
      lang: this.state.lang,
      views: VIEWS,
      currentViewId: view.id,
      health: this.health,
      search: createSearchBox({
        t,
        lang: this.state.lang,
        onPatent: (id) => this.patentPanel.open(id),
        onApplicant: (key) =>
          this.navigate({ ...this.state, filters: { ...this.state.filters, applicants: [key] } }),
      }),
      onView: (id) => this.navigate({ ...this.state, view: id, viewParams: {} }),
      onLang: (lang) => this.navigate({ ...this.state, lang }),
    });
  }

  private mountView(
    view: ViewDefinition,
    viewHost: HTMLElement,
    detailsHost: HTMLElement,
    t: Translate,
  ): Mounted {
    const mounted: Mounted = { controller: new AbortController() };
    const details = createDetailsPanel(detailsHost, t);
    const context: ViewContext = {
      filters: this.state.filters,
      lang: this.state.lang,
      t,
      details,
      openPatent: (id) => this.patentPanel.open(id),
      viewParams: () => this.state.viewParams,
      setViewParams: (patch) => this.setViewParams(patch),
      setFilters: (patch) => this.navigate({ ...this.state, filters: { ...this.state.filters, ...patch } }),
      signal: mounted.controller.signal,
    };
    viewHost.replaceChildren(loadingState(t));
    view
      .load()
      .then((module) => {
        // The user may have moved on while the code was loading.
        if (!mounted.controller.signal.aborted) mounted.instance = module.mount(viewHost, context);
      })
      .catch((error: unknown) =>
        viewHost.replaceChildren(errorState(error, t, () => window.location.reload())),
      );
    return mounted;
  }

  private showHealth(health: Health | null): void {
    this.health = health;
    this.root.querySelector('.health')?.replaceWith(healthBadge(createTranslator(this.state.lang), health));
  }
}

export function startApp(root: HTMLElement): void {
  const defaults: DecodeDefaults = {
    view: DEFAULT_VIEW_ID,
    lang: langFromLocale(navigator.language),
    viewIds: VIEWS.map((view) => view.id),
  };
  new App(root, defaults).start();
}
