/**
 * The mount shared by the navigation views (chain panorama, layout gaps, technology–effect,
 * applicant–branch, co-applicants): a session holding the view's URL parameters, a reload that
 * drops the old graphs and loads the latest answer only, and the details panel wired to clear the
 * selection. Each view supplies what differs; the life cycle stays one piece of code.
 */
import { h } from '@web/src/dom/h';
import { latestOnly, loadInto } from '../load';
import type { ViewContext, ViewInstance } from '../types';

export interface ViewSession<P> {
  context: ViewContext;
  host: HTMLElement;
  params: P;
  reload(): void;
}

export interface SessionViewSpec<P, D, S extends ViewSession<P>> {
  viewId: string;
  /** Classes of the view's host element (`nav-view`, plus `map-view` for graph-first views). */
  hostClass: string;
  readParams(raw: Record<string, string>): P;
  load(session: S, signal: AbortSignal): Promise<D>;
  isEmpty(data: D): boolean;
  render(session: S, data: D): void;
  /** Destroys the session's graphs: before every reload and when the view is unmounted. */
  release?(session: S): void;
  /** The details panel was closed: clear the selection (graph focus and URL). */
  onDetailsClosed(session: S): void;
}

export function mountSessionView<P, D, S extends ViewSession<P>>(
  container: HTMLElement,
  context: ViewContext,
  spec: SessionViewSpec<P, D, S>,
): ViewInstance {
  const host = h('div', { attrs: { class: spec.hostClass, 'data-view': spec.viewId } });
  container.replaceChildren(host);
  const nextSignal = latestOnly(context.signal);
  // A view's own session fields (its graphs) are optional and start unset, so the base is a whole S.
  const base: ViewSession<P> = {
    context,
    host,
    params: spec.readParams(context.viewParams()),
    reload: () => {
      spec.release?.(session);
      context.details.clear();
      loadInto(host, context.t, nextSignal(), {
        load: (signal) => spec.load(session, signal),
        isEmpty: spec.isEmpty,
        render: (data) => spec.render(session, data),
      });
    },
  };
  const session = base as S;
  context.details.onClose(() => spec.onDetailsClosed(session));
  session.reload();
  return {
    destroy: () => {
      spec.release?.(session);
      context.details.clear();
    },
  };
}
