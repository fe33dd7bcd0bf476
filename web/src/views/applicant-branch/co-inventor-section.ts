/**
 * The pairwise co-inventor network of the chain (GET /api/landscape/co-inventors): inventors sized by
 * families, lines as wide as the families two of them co-invented. A node opens the inventor in the
 * details panel; the selection lives in the view's `sel` parameter like the main map's.
 */

import type { CoInventorNetworkResponse } from '@graph-schema/dto/co-inventors';
import { h } from '@web/src/dom/h';
import { createGraph } from '@web/src/graph/create';
import { bindGraphEvents, clearFocus, selectNodeById } from '@web/src/graph/events';
import { graphExportButtons } from '@web/src/graph/export-buttons';
import { chooseLayout, type LayoutContext, runLayout } from '@web/src/graph/layouts';
import { mapNotes } from '@web/src/graph/map-notes';
import { toElements } from '@web/src/graph/to-elements';
import { explain } from '@web/src/i18n/explain';
import type { Core } from 'cytoscape';
import { figureOf } from '../figure/frame';
import type { ViewContext } from '../types';
import { coInventorMap, inventorNodeId } from './co-inventor-map';
import { inventorDetails } from './inventor-details';

export interface GraphSection {
  element: HTMLElement;
  draw(): void;
  destroy(): void;
  /** Drops the highlighted neighbourhood (the details panel was closed). */
  clearFocus(): void;
}

export interface SelectionHooks {
  selected: string | undefined;
  onSelect(nodeId: string | undefined): void;
}

export function coInventorSection(
  network: CoInventorNetworkResponse,
  chain: string,
  context: ViewContext,
  modeTool: HTMLElement,
  selection: SelectionHooks,
): GraphSection {
  const { t, lang } = context;
  const map = coInventorMap(network);
  // Compact fcose: the registry's default spaces the big hubs of other maps, which spreads these
  // ≤ 200 small inventor nodes so far that the fitted zoom hides their labels.
  const layoutContext: LayoutContext = { hasPositions: false, nodeCount: map.nodes.length, compact: true };
  const graphHost = h('div', { attrs: { class: 'graph graph-medium', 'data-testid': 'co-inventor-graph' } });
  const byNodeId = new Map(network.inventors.map((i) => [inventorNodeId(i.key), i]));
  let cy: Core | undefined;
  const show = (nodeId: string): boolean => {
    const inventor = byNodeId.get(nodeId);
    if (!inventor) return false;
    context.details.show(inventor.name, inventorDetails(inventor, map, context));
    return true;
  };
  const head = h(
    'div',
    { attrs: { class: 'panel-head' } },
    h('h2', null, t('nav.coinv.title')),
    h(
      'span',
      { attrs: { class: 'tool-group' } },
      modeTool,
      graphExportButtons(
        t,
        () => cy!,
        `co-inventors-${chain}`,
        figureOf(context, () => ({
          titleKey: 'nav.coinv.title',
          subject: chain,
          basis: network.basis,
          legend: null,
        })),
      ),
    ),
  );
  const element = h(
    'section',
    { attrs: { class: 'panel panel-wide' } },
    head,
    map.nodes.length > 0 ? graphHost : h('p', { attrs: { class: 'muted' } }, t('status.empty')),
    network.links.length === 0 && h('p', { attrs: { class: 'muted' } }, t('nav.coinv.none')),
    h('p', { attrs: { class: 'muted' } }, t('nav.coinv.note')),
    h(
      'p',
      { attrs: { class: 'measure' } },
      explain(network.basis, lang),
      ' ',
      explain(network.linkRule, lang),
    ),
    mapNotes(map, layoutContext, t, lang),
  );
  return {
    element,
    draw: () => {
      if (map.nodes.length === 0) return;
      cy = createGraph(graphHost, toElements(map).elements);
      // Names are what analysts read here: keep them on screen down to a smaller fitted zoom than maps do.
      cy.style().selector('node').style({ 'font-size': 13, 'min-zoomed-font-size': 5 }).update();
      runLayout(cy, chooseLayout('fcose', layoutContext), layoutContext);
      bindGraphEvents(cy, {
        onSelectNode: (nodeId) => {
          if (show(nodeId)) selection.onSelect(nodeId);
        },
        onClearSelection: () => {
          context.details.clear();
          selection.onSelect(undefined);
        },
      });
      if (selection.selected && selectNodeById(cy, selection.selected)) show(selection.selected);
    },
    destroy: () => cy?.destroy(),
    clearFocus: () => {
      if (cy) clearFocus(cy);
    },
  };
}
