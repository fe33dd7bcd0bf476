/**
 * The panorama map as a reusable piece: the chain-panorama view and the gaps view's overlay (target
 * RTA) both draw it. Preset positions from positions.ts; clicks on branches are reported by id.
 */

import type { ChainPanoramaResponse } from '@graph-schema/dto/chains';
import { h } from '@web/src/dom/h';
import { createGraph } from '@web/src/graph/create';
import { bindGraphEvents, clearFocus, selectNodeById } from '@web/src/graph/events';
import { fitToBox } from '@web/src/graph/fit-box';
import { LABEL_PLACEMENT, type LabelPlacement } from '@web/src/graph/label-fit';
import type { Lang } from '@web/src/i18n';
import type { Core } from 'cytoscape';
import { addGraphStyles } from '../navigation/graph-styles';
import { panoramaElements } from './elements';
import type { PanoramaMeasure } from './measure';
import { PANORAMA_LABEL_ROOM, PANORAMA_STYLES } from './panorama-styles';
import { branchNodeId, PANORAMA_GRID } from './positions';

export interface PanoramaGraphOptions {
  measure: PanoramaMeasure;
  lang: Lang;
  segmentKindLabel?: (kind: string) => string | undefined;
  /** A branch id (API id, e.g. lithium-battery:1.2) to select on first draw. */
  selectedBranch?: string | undefined;
  onSelectBranch(branchId: string): void;
  onClear(): void;
  testId?: string;
}

export interface PanoramaGraph {
  element: HTMLElement;
  /** Created on `draw()`, once the element is in the page (Cytoscape measures its container). */
  cy(): Core;
  draw(): void;
  /** Fits the whole panorama, with room for the labels right of the last column. */
  fit(): void;
  /** Drops the selection and the neighbourhood fading (the details panel was closed). */
  clearSelection(): void;
  destroy(): void;
}

/**
 * Nodes plus the widest a label can get (text-max-width, model units) right of them, a row below
 * and screen room above for the chain's label: labels grow when zoomed out (panorama-styles.ts), so
 * a fit on the label boxes of zoom 1 would cut the last column's names.
 */
function fitPanorama(cy: Core): void {
  const nodes = cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
  const right = PANORAMA_LABEL_ROOM;
  const below = PANORAMA_GRID.rowHeight;
  const box = {
    ...nodes,
    x2: nodes.x2 + right,
    w: nodes.w + right,
    y2: nodes.y2 + below,
    h: nodes.h + below,
  };
  // Screen room above for the chain's label (over its star).
  fitToBox(cy, box, { top: 40, right: 20, bottom: 20, left: 20 });
}

export function panoramaGraph(panorama: ChainPanoramaResponse, options: PanoramaGraphOptions): PanoramaGraph {
  const element = h('div', {
    attrs: { class: 'graph graph-panorama', 'data-testid': options.testId ?? 'panorama-graph' },
  });
  let cy: Core | undefined;
  const draw = (): void => {
    cy?.destroy();
    const graph = createGraph(element, panoramaElements(panorama, options));
    addGraphStyles(graph, PANORAMA_STYLES);
    // The outline places its labels itself (right of the stacked nodes): only overlaps are hidden.
    graph.scratch(LABEL_PLACEMENT, 'labels-only' satisfies LabelPlacement);
    graph.layout({ name: 'preset', fit: false }).run();
    fitPanorama(graph);
    bindGraphEvents(graph, {
      onSelectNode: (nodeId) => {
        const branchId = graph.getElementById(nodeId).data('branchId');
        if (typeof branchId === 'string') options.onSelectBranch(branchId);
      },
      onClearSelection: options.onClear,
    });
    if (options.selectedBranch) selectNodeById(graph, branchNodeId(options.selectedBranch));
    cy = graph;
  };
  return {
    element,
    cy: () => {
      if (!cy) throw new Error('the panorama is not drawn yet');
      return cy;
    },
    draw,
    fit: () => {
      if (cy) fitPanorama(cy);
    },
    clearSelection: () => {
      if (cy) clearFocus(cy);
    },
    destroy: () => cy?.destroy(),
  };
}
