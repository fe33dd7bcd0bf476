/** The whole view state of the app: everything the URL carries, nothing else. */
import type { Lang } from '../i18n';
import type { Filters } from '../scope/filters';

export interface AppState {
  /** Id of a registered view (see views/registry.ts). */
  view: string;
  lang: Lang;
  filters: Filters;
  /**
   * Parameters owned by the current view (layout, selected node, list lengths …). The app stores
   * them without knowing their meaning; they are cleared when the view changes.
   */
  viewParams: Record<string, string>;
  /** The open navigation project (`?project=<id>`): kept across view changes, absent when none is open. */
  project?: string;
}

/** Which kind of change happened: a remount is needed unless only view parameters changed. */
export function needsRemount(before: AppState, after: AppState): boolean {
  return (
    before.view !== after.view ||
    before.lang !== after.lang ||
    before.project !== after.project ||
    JSON.stringify(before.filters) !== JSON.stringify(after.filters)
  );
}
