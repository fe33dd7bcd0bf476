/**
 * The panorama map as a reusable piece: the chain-panorama view and the gaps view's overlay (target
 * RTA) both draw it. Preset positions from positions.ts; clicks on branches are reported by id.
 */

import type { ChainPanoramaResponse } from '@graph-schema/dto/chains';
import { h } from '@web/src/dom/h';
import { createGraph } from '@web/src/graph/create';
import { bindGraphEvents, clearFocus, selectNodeById } from '@web/src/graph/events';
import type { Lang } from '@web/src/i18n';
import type { Core } from 'cytoscape';
import { addGraphStyles } from '../navigation/graph-styles';
import { panoramaElements } from './elements';
import type { PanoramaMeasure } from './measure';
import { PANORAMA_STYLES } from './panorama-styles';
import { branchNodeId } from './positions';

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
  /** Drops the selection and the neighbourhood fading (the details panel was closed). */
  clearSelection(): void;
  destroy(): void;
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
    graph.layout({ name: 'preset', fit: true, padding: 30 }).run();
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
    clearSelection: () => {
      if (cy) clearFocus(cy);
    },
    destroy: () => cy?.destroy(),
  };
}
