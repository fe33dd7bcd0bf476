/**
 * The app: holds the state, keeps it in the URL, renders the shell and mounts the current view.
 * A change of view, language or filters remounts the view; view parameters (layout, selection)
 * only update the URL, so sharing the link restores exactly what is on screen.
 */
import type { SessionInfo } from '@graph-schema/dto/accounts';
import type { Project } from '@graph-schema/dto/project';
import { fetchSession, logout } from '../api/accounts';
import { fetchHealth, type Health } from '../api/health';
import { fetchProject } from '../api/projects';
import { h } from '../dom/h';
import { createTranslator, isLang, langFromLocale, localeOf, type Translate } from '../i18n';
import { createPatentPanel, DRAWER_PARAM, type PatentPanel } from '../patent/patent-panel';
import { DEFAULT_FILTERS } from '../scope/filters';
import { filtersWithProject } from '../scope/project-scope';
import { DEFAULT_VIEW_ID, findView, VIEWS } from '../views/registry';
import type { ViewContext, ViewDefinition, ViewInstance } from '../views/types';
import { createDetailsPanel } from '../widgets/details-panel';
import { errorState, loadingState, readableErrorLine } from '../widgets/status';
import { filterProblemMessage } from './filter-bar';
import { createHeader, healthBadge } from './header';
import { lastProject, rememberProject } from './last-project';
import { openPinDialog } from './pin-dialog';
import { createProjectBar, type ProjectRef } from './project-bar';
import { createScopeBar } from './scope-bar';
import { createSearchBox } from './search-box';
import { passwordChangePage, signInPage } from './sign-in';
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
  /** The open project (state.project) once read from the API. */
  private project: Project | undefined;
  /** The last project of this browser, offered while none is open. */
  private resume: ProjectRef | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly defaults: DecodeDefaults,
    private readonly account: SessionInfo | null,
  ) {}

  start(): void {
    window.addEventListener('popstate', () => {
      this.readUrl();
      void this.loadProjectThenRender(window.location.search);
    });
    this.readUrl();
    // Normalise the address bar (language written out, bad values dropped) without a history entry.
    this.writeUrl('replace');
    void this.loadProjectThenRender(window.location.search);
    this.offerLastProject();
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

  /**
   * Reads the project the URL names (if not read yet), gives the view its scope for every field
   * `explicitSearch` does not set, writes that scope into the address bar (so the link restores the
   * view exactly even if the project changes later) and renders.
   */
  private async loadProjectThenRender(explicitSearch: string): Promise<void> {
    const id = this.state.project;
    if (id !== undefined && this.project?.id !== id) {
      try {
        this.project = await fetchProject(id);
      } catch (error) {
        const t = createTranslator(this.state.lang);
        this.notices.push(t('project.openFailed', { id, reason: readableErrorLine(error, t) }));
        this.project = undefined;
        this.state = { ...this.state, project: undefined };
      }
    }
    if (this.state.project === undefined) this.project = undefined;
    if (this.project !== undefined) {
      rememberProject(this.project.id);
      const filters = filtersWithProject(explicitSearch, this.state.filters, this.project.definition);
      // The open project's branch overrides apply to every view's branch counts.
      this.state = { ...this.state, filters: { ...filters, project: this.project.id } };
    } else if (this.state.filters.project !== undefined) {
      this.state = { ...this.state, filters: { ...this.state.filters, project: undefined } };
    }
    this.writeUrl('replace');
    this.render();
  }

  /** Opens (or closes) a project: its scope replaces the current filters; optionally switches view. */
  private openProject(id: string | undefined, view?: string): void {
    const next: AppState = { ...this.state, project: id, filters: { ...DEFAULT_FILTERS } };
    if (view !== undefined) Object.assign(next, { view, viewParams: {} });
    if (id === undefined) rememberProject(undefined);
    this.state = next;
    this.notices = [];
    this.writeUrl('push');
    void this.loadProjectThenRender('');
  }

  private offerLastProject(): void {
    const id = lastProject();
    if (id === undefined || this.state.project !== undefined) return;
    fetchProject(id)
      .then((project) => {
        this.resume = { id: project.id, name: project.definition.name };
        if (this.state.project === undefined) this.render();
      })
      // A project deleted since is simply not offered.
      .catch(() => rememberProject(undefined));
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
    // The open patent lives in the address (`patent=`), so a reload or shared link reopens it.
    this.patentPanel = createPatentPanel(t, this.state.lang, (id) =>
      this.setViewParams({ [DRAWER_PARAM]: id }),
    );
    this.root.replaceChildren(
      this.header(t, view),
      // replaceChildren would print `false`: an absent filter bar is an empty spread.
      createProjectBar({
        t,
        project: this.project,
        view,
        resume: this.resume,
        onOpen: (id) => this.openProject(id),
        onView: (id) => this.navigate({ ...this.state, view: id, viewParams: {} }),
        onPin: () => this.pin(t, view, viewHost),
      }),
      ...(view.usesFilters === false
        ? []
        : [
            createScopeBar({
              t,
              lang: this.state.lang,
              filters: this.state.filters,
              onApply: (filters) => this.navigate({ ...this.state, filters }),
            }),
          ]),
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
    const openPatent = this.state.viewParams[DRAWER_PARAM];
    if (openPatent !== undefined) this.patentPanel.open(openPatent);
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
      account: this.account,
      onLogout: () => {
        void logout().finally(() => window.location.assign(window.location.pathname));
      },
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
      project: this.project,
      openProject: (id, viewId) => this.openProject(id, viewId),
      viewLink: (state) => {
        const params = new URLSearchParams(state);
        params.set('lang', this.state.lang);
        if (this.state.project !== undefined) params.set('project', this.state.project);
        return `?${params.toString()}`;
      },
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

  private pin(t: Translate, view: ViewDefinition, viewHost: HTMLElement): void {
    if (this.project === undefined) return;
    const state = window.location.search.replace(/^\?/, '');
    openPinDialog({ t, lang: this.state.lang, project: this.project, view, viewHost, state });
  }

  private showHealth(health: Health | null): void {
    this.health = health;
    this.root.querySelector('.health')?.replaceWith(healthBadge(createTranslator(this.state.lang), health));
  }
}

/**
 * Asks who is signed in first: with accounts on and nobody signed in the sign-in page is shown,
 * with a pending password change the change form; otherwise the app. A failed probe starts the
 * app anyway, whose own status line then says the API is unreachable.
 */
export async function startApp(root: HTMLElement): Promise<void> {
  const defaults: DecodeDefaults = {
    view: DEFAULT_VIEW_ID,
    lang: langFromLocale(navigator.language),
    viewIds: VIEWS.map((view) => view.id),
  };
  const account = await fetchSession().catch(() => null);
  const urlLang = new URLSearchParams(window.location.search).get('lang');
  const t = createTranslator(isLang(urlLang) ? urlLang : defaults.lang);
  if (account?.authEnabled && account.user === null) return void root.replaceChildren(signInPage(t));
  if (account?.user?.mustChangePassword)
    return void root.replaceChildren(passwordChangePage(t, account.user));
  new App(root, defaults, account).start();
}
