/**
 * Applicant–technology map: applicants and CPC subclasses sized by families, linked by the
 * families an applicant has in a class. Data graph (MapData) → elements → Cytoscape.
 */

import type { MapData } from '@graph-schema/dto/map';
import { fetchApplicantCpcMap } from '@web/src/api/landscape';
import { h } from '@web/src/dom/h';
import { withClassLabels } from '@web/src/graph/class-label';
import { createGraph } from '@web/src/graph/create';
import { bindGraphEvents, clearFocus, selectNodeById } from '@web/src/graph/events';
import { graphExportButtons } from '@web/src/graph/export-buttons';
import { availableLayouts, chooseLayout, type LayoutContext, runLayout } from '@web/src/graph/layouts';
import { mapNotes } from '@web/src/graph/map-notes';
import { patentIdOfNode } from '@web/src/graph/patent-node';
import { hasAllPositions, toElements } from '@web/src/graph/to-elements';
import { explain } from '@web/src/i18n/explain';
import type { Core } from 'cytoscape';
import { figureOf } from '../figure/frame';
import { latestOnly, loadInto } from '../load';
import type { ViewContext, ViewInstance } from '../types';
import { nodeDetails } from './details';
import { createLegend } from './legend';
import { limitParam, readParams } from './params';
import { createToolbar } from './toolbar';

const VIEW_ID = 'applicant-cpc';

function showDetails(map: MapData, nodeId: string, context: ViewContext): boolean {
  const patentId = patentIdOf(map, nodeId);
  if (patentId !== undefined) context.openPatent(patentId);
  const body = nodeDetails(map, nodeId, context.t, context.lang);
  const node = map.nodes.find((n) => n.id === nodeId);
  if (!body || !node) return false;
  context.details.show(node.label, body);
  return true;
}

function patentIdOf(map: MapData, nodeId: string): string | undefined {
  const node = map.nodes.find((n) => n.id === nodeId);
  return node && patentIdOfNode(node);
}

function captions(map: MapData, layoutContext: LayoutContext, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const summary = t('map.summary', {
    nodes: map.nodes.length.toLocaleString(lang),
    edges: map.edges.length.toLocaleString(lang),
  });
  return h(
    'div',
    { attrs: { class: 'captions' } },
    h('p', { attrs: { class: 'measure' } }, explain(map.measure, lang), ' · ', summary),
    mapNotes(map, layoutContext, t, lang),
  );
}

/** Clicks select (details + `sel` in the URL); a selection from the URL is restored if the node is still there. */
function bindSelection(cy: Core, map: MapData, context: ViewContext, selected: string | undefined): void {
  bindGraphEvents(cy, {
    onSelectNode: (nodeId) => {
      if (showDetails(map, nodeId, context)) context.setViewParams({ sel: nodeId });
    },
    onClearSelection: () => {
      context.details.clear();
      context.setViewParams({ sel: undefined });
    },
  });
  if (selected === undefined) return;
  if (selectNodeById(cy, selected)) showDetails(map, selected, context);
  else context.setViewParams({ sel: undefined });
}

/** Builds the graph for one loaded map and returns it so the view can destroy it later. */
function renderMap(host: HTMLElement, map: MapData, context: ViewContext, reload: () => void): Core {
  const params = readParams(context.viewParams());
  const layoutContext: LayoutContext = { hasPositions: hasAllPositions(map), nodeCount: map.nodes.length };
  let layout = chooseLayout(params.layout, layoutContext);
  const graphHost = h('div', { attrs: { class: 'graph', 'data-testid': 'graph' } });
  const basisName = context.t(`basis.${context.filters.dateBasis}`);
  const legend = createLegend(map, basisName, context.t, context.lang);
  const toolbar = createToolbar({
    t: context.t,
    layouts: availableLayouts(layoutContext),
    layout: layout.id,
    limits: params.limits,
    onLayout: (id) => {
      layout = chooseLayout(id, layoutContext);
      context.setViewParams({ layout: layout.id });
      runLayout(cy, layout, layoutContext);
    },
    onLimits: (limits) => {
      context.setViewParams({
        topApplicants: limitParam(limits.topApplicants, 'topApplicants'),
        topClasses: limitParam(limits.topClasses, 'topClasses'),
      });
      reload();
    },
    onFit: () => cy.fit(undefined, 30),
    exportButtons: graphExportButtons(
      context.t,
      () => cy,
      VIEW_ID,
      figureOf(context, () => ({ titleKey: 'view.applicant-cpc', basis: map.measure, legend })),
    ),
  });
  const body = h('div', { attrs: { class: 'map-body' } }, graphHost, legend);
  host.replaceChildren(toolbar, body, captions(map, layoutContext, context));

  const cy = createGraph(graphHost, toElements(map).elements);
  runLayout(cy, layout, layoutContext);
  bindSelection(cy, map, context, params.selected);
  return cy;
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const host = h('div', { attrs: { class: 'map-view' } });
  container.replaceChildren(host);
  let cy: Core | undefined;
  const nextSignal = latestOnly(context.signal);
  // Registered once per mount: the graph it clears is whichever one is current.
  context.details.onClose(() => {
    if (cy) clearFocus(cy);
    context.setViewParams({ sel: undefined });
  });
  const load = (): void => {
    cy?.destroy();
    cy = undefined;
    context.details.clear();
    loadInto(host, context.t, nextSignal(), {
      load: (signal) =>
        fetchApplicantCpcMap(context.filters, readParams(context.viewParams()).limits, signal),
      isEmpty: (map) => map.nodes.length === 0,
      render: (map) => {
        cy = renderMap(host, withClassLabels(map), context, load);
      },
    });
  };
  load();
  return {
    destroy: () => {
      cy?.destroy();
      context.details.clear();
    },
  };
}
