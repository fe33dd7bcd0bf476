/** The contract between the app shell and a view. A view owns its DOM inside `container`. */

import type { Project } from '@graph-schema/dto/project';
import type { ReportChapterId } from '@graph-schema/dto/report';
import type { Lang, MessageKey, Translate } from '../i18n';
import type { Filters } from '../scope/filters';
import type { DetailsPanel } from '../widgets/details-panel';

export interface ViewContext {
  /** Fixed for the life of a mounted view: a filter change remounts it. */
  filters: Filters;
  lang: Lang;
  t: Translate;
  details: DetailsPanel;
  /** Opens the shell's patent details drawer (map nodes of kind `patent`, patent ids in tables). */
  openPatent(id: string): void;
  /** The view's own URL parameters as they are now (they change while the view stays mounted). */
  viewParams(): Record<string, string>;
  /**
   * Updates the view's own URL parameters (layout, selection …) without remounting the view.
   * `undefined` removes a parameter.
   */
  setViewParams(patch: Record<string, string | undefined>): void;
  /**
   * Changes scope filters from inside a view (e.g. the chain picker of the navigation views sets
   * `chain`): like the filter bar, it adds a history entry and remounts the view; view parameters stay.
   */
  setFilters(patch: Partial<Filters>): void;
  /** Aborted when the view is unmounted: pass it to fetches so late answers are dropped. */
  signal: AbortSignal;
  /** The open navigation project (`?project=`), undefined when none is open. */
  project: Project | undefined;
  /** Opens a project (or closes it with undefined) and, when given, switches to `view` with `query` as its URL parameters. */
  openProject(id: string | undefined, view?: string): void;
  /** The link (query string with `?`) that restores a pinned view: its state with this app's project and language. */
  viewLink(state: string): string;
}

export interface ViewInstance {
  destroy(): void;
}

/** What a view module (`views/<id>/index.ts`) exports. */
export interface ViewModule {
  mount(container: HTMLElement, context: ViewContext): ViewInstance;
}

export interface ViewDefinition {
  /** Stable id used in the URL (`?view=`). */
  id: string;
  titleKey: MessageKey;
  /**
   * The label in the header navigation: shorter than the title where the title is long, so all
   * views fit on one row (the title stays as the link's tooltip, the page title and the heading).
   */
  navKey: MessageKey;
  /** Whether the view uses the details side panel; without it the view gets the full width. */
  showsDetails: boolean;
  /** False for views the scope filters do not apply to (e.g. data import): no filter bar. */
  usesFilters?: boolean;
  /**
   * The report chapter a pin of this view goes to by default. Views with a map, chart or table have
   * one and get the shell's "add to report" button; views without (import, projects, report) do not.
   */
  pinChapter?: ReportChapterId;
  /** False for views reached from the project bar rather than the header navigation. */
  inNav?: boolean;
  /** Loads the view's code on first use, so e.g. Cytoscape is fetched only by graph views. */
  load(): Promise<ViewModule>;
}
