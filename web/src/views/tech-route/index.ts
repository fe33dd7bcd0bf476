/**
 * Technology route (技术路线): the citation map of the scope's top families (size and colour by
 * core score) with the main path (SPC) drawn thick, laid out by priority year. A clicked patent
 * shows its details and can load its fence (peripheral patents by owner).
 * URL: `variant`, `limit`, `pathOnly`, `layout`, `sel` (params.ts).
 */

import type { MapData } from '@graph-schema/dto/map';
import type { MainPathResponse } from '@graph-schema/dto/routes';
import { fetchCitationMap, fetchFence, fetchMainPath } from '@web/src/api/analytics';
import { h } from '@web/src/dom/h';
import { createGraph } from '@web/src/graph/create';
import { bindGraphEvents, clearFocus, selectNodeById } from '@web/src/graph/events';
import { graphExportButtons } from '@web/src/graph/export-buttons';
import { formatInteger } from '@web/src/i18n';
import { explain } from '@web/src/i18n/explain';
import { errorState, loadingState } from '@web/src/widgets/status';
import type { Core } from 'cytoscape';
import { figureOf } from '../figure/frame';
import { latestOnly, loadInto } from '../load';
import type { ViewContext, ViewInstance } from '../types';
import { nodeDetails } from './details';
import { applyFence, clearFence } from './fence-overlay';
import { fencePanel } from './fence-panel';
import { routeLegend } from './legend';
import { type RouteParams, readRouteParams, routeParamsToView } from './params';
import { type RouteGraph, routeElements, yearColumns } from './route-elements';
import { fitRoute, runRouteLayout, savePositions, yearMarks } from './route-layout';
import { OFF_PATH_HIDDEN, ROUTE_STYLES } from './route-styles';
import { routeToolbar } from './toolbar';

const VIEW_ID = 'tech-route';

interface RouteData {
  citations: MapData;
  route: MainPathResponse;
}

function captions(data: RouteData, graph: RouteGraph, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  return h(
    'div',
    { attrs: { class: 'captions' } },
    h(
      'p',
      null,
      t('route.summary', {
        nodes: formatInteger(graph.nodes.length, lang),
        path: formatInteger(data.route.path.length, lang),
        pathEdges: formatInteger(graph.pathEdgeCount, lang),
        broken: formatInteger(data.route.brokenCycleEdges, lang),
      }),
    ),
    h('p', { attrs: { class: 'measure muted' } }, explain(data.citations.measure, lang)),
    h('p', { attrs: { class: 'measure muted' } }, explain(data.route.measure, lang)),
    data.citations.note !== undefined &&
      h('p', { attrs: { class: 'note', 'data-testid': 'map-note' } }, explain(data.citations.note, lang)),
    data.route.note !== undefined &&
      h('p', { attrs: { class: 'note', 'data-testid': 'route-note' } }, explain(data.route.note, lang)),
  );
}

function setPathOnly(cy: Core, pathOnly: boolean): void {
  cy.batch(() => {
    cy.elements().removeClass(OFF_PATH_HIDDEN);
    if (pathOnly) cy.elements('[!onPath]').addClass(OFF_PATH_HIDDEN);
  });
}

/** Details + fence for a clicked node; the fence request is dropped when another node is chosen. */
function detailsFor(
  cy: Core,
  graph: RouteGraph,
  nodeId: string,
  context: ViewContext,
  fenceSignal: () => AbortSignal,
): boolean {
  const node = graph.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return false;
  const { t, lang } = context;
  const showFence = (host: HTMLElement): void => {
    const signal = fenceSignal();
    host.replaceChildren(loadingState(t));
    fetchFence(node.id, signal)
      .then((fence) => {
        if (signal.aborted) return;
        const offMap = applyFence(cy, fence, graph.nodes);
        host.replaceChildren(fencePanel({ fence, offMap, t, lang, openPatent: context.openPatent }));
      })
      .catch((error: unknown) => {
        if (!signal.aborted) host.replaceChildren(errorState(error, t, () => showFence(host)));
      });
  };
  const body = nodeDetails({
    node,
    t,
    openPatent: context.openPatent,
    showFence,
    hideFence: () => clearFence(cy),
  });
  context.details.show(node.title ?? node.label, body);
  return true;
}

function renderRoute(
  host: HTMLElement,
  data: RouteData,
  context: ViewContext,
  reload: (next: RouteParams) => void,
): Core {
  let params = readRouteParams(context.viewParams());
  const graph = routeElements(data.citations, data.route);
  const axis = { marks: yearMarks(yearColumns(graph.nodes), context.t), label: context.t('route.yearAxis') };
  const graphHost = h('div', { attrs: { class: 'graph', 'data-testid': 'graph' } });
  const legend = routeLegend(context.t);
  const update = (patch: Partial<RouteParams>): void => {
    params = { ...params, ...patch };
    context.setViewParams(routeParamsToView(params));
  };
  const toolbar = routeToolbar({
    t: context.t,
    params,
    onReload: (next) => reload({ ...next, pathOnly: params.pathOnly, layout: params.layout }),
    onPathOnly: (pathOnly) => {
      update({ pathOnly });
      setPathOnly(cy, pathOnly);
      runRouteLayout(cy, params.layout, byYear, axis);
    },
    onLayout: (layout) => {
      update({ layout });
      runRouteLayout(cy, layout, byYear, axis);
    },
    onFit: () =>
      params.layout === 'dagre' ? cy.fit(cy.elements().not(`.${OFF_PATH_HIDDEN}`), 30) : fitRoute(cy),
    exportButtons: graphExportButtons(
      context.t,
      () => cy,
      VIEW_ID,
      figureOf(context, () => ({ titleKey: 'view.tech-route', basis: data.citations.measure, legend })),
    ),
  });
  host.replaceChildren(
    toolbar,
    h('div', { attrs: { class: 'map-body' } }, graphHost, legend),
    captions(data, graph, context),
  );
  const cy = createGraph(graphHost, graph.elements, { style: ROUTE_STYLES });
  graphHost.dataset.pathEdgeCount = String(cy.edges('[?onPath]').length);
  graphHost.dataset.pathNodeCount = String(cy.nodes('[?onPath]').length);
  const byYear = savePositions(cy);
  setPathOnly(cy, params.pathOnly);
  runRouteLayout(cy, params.layout, byYear, axis);
  bindSelectionEvents(cy, graph, context, params.selected, (selected) => update({ selected }));
  return cy;
}

function bindSelectionEvents(
  cy: Core,
  graph: RouteGraph,
  context: ViewContext,
  selected: string | undefined,
  remember: (id: string | undefined) => void,
): void {
  const fenceSignal = latestOnly(context.signal);
  const show = (nodeId: string) => detailsFor(cy, graph, nodeId, context, fenceSignal);
  bindGraphEvents(cy, {
    onSelectNode: (nodeId) => {
      clearFence(cy);
      if (show(nodeId)) remember(nodeId);
    },
    onClearSelection: () => {
      clearFence(cy);
      fenceSignal();
      context.details.clear();
      remember(undefined);
    },
  });
  if (selected !== undefined && selectNodeById(cy, selected)) show(selected);
  else if (selected !== undefined) remember(undefined);
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const host = h('div', { attrs: { class: 'map-view route-view' } });
  container.replaceChildren(host);
  let cy: Core | undefined;
  const nextSignal = latestOnly(context.signal);
  context.details.onClose(() => {
    if (cy) {
      clearFocus(cy);
      clearFence(cy);
    }
    context.setViewParams({ sel: undefined });
  });
  const load = (params: RouteParams): void => {
    cy?.destroy();
    cy = undefined;
    context.details.clear();
    loadInto(host, context.t, nextSignal(), {
      load: async (signal) => {
        const [citations, route] = await Promise.all([
          fetchCitationMap(context.filters, params.limit, signal),
          fetchMainPath(context.filters, params.variant, signal),
        ]);
        return { citations, route };
      },
      isEmpty: (data) => data.citations.nodes.length === 0 && data.route.nodes.length === 0,
      render: (data) => {
        cy = renderRoute(host, data, context, reload);
      },
    });
  };
  // A new variant or map size is a new map: the old selection may not be on it.
  const reload = (next: RouteParams): void => {
    context.setViewParams(routeParamsToView({ ...next, selected: undefined }));
    load(next);
  };
  load(readRouteParams(context.viewParams()));
  return {
    destroy: () => {
      cy?.destroy();
      context.details.clear();
    },
  };
}
