/** Creates the Cytoscape instance. Layout, events and export live in their own modules. */
import cytoscape, { type Core, type CytoscapeOptions, type ElementDefinition } from 'cytoscape';
import { GRAPH_STYLES } from './styles';

/** Above this many elements the canvas renderer gets slow on pan/zoom; WebGL draws them in batches. */
export const WEBGL_ELEMENT_THRESHOLD = 2000;

/**
 * Renderer hints by graph size. WebGL mode is experimental in Cytoscape 3.3x and only pays off on
 * big maps (headless Chromium emulates it on the CPU, where it is slower — judge it on real GPUs).
 */
export function rendererOptions(elementCount: number): Partial<CytoscapeOptions> {
  if (elementCount <= WEBGL_ELEMENT_THRESHOLD) return {};
  return { webgl: true, hideEdgesOnViewport: true, textureOnViewport: false };
}

export function createGraph(container: HTMLElement, elements: ElementDefinition[]): Core {
  return cytoscape({
    container,
    elements,
    style: GRAPH_STYLES,
    // Positions are set by the layout the view runs right after creation.
    layout: { name: 'preset', fit: false },
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    ...rendererOptions(elements.length),
  });
}
