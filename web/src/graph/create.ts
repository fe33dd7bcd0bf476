/** Creates the Cytoscape instance. Layout, events and export live in their own modules. */
import cytoscape, { type Core, type CytoscapeOptions, type ElementDefinition } from 'cytoscape';
import { registerLayoutExtensions } from './extensions';
import { GRAPH_STYLES } from './styles';

/** Above this many elements the canvas renderer gets slow on pan/zoom; WebGL draws them in batches. */
export const WEBGL_ELEMENT_THRESHOLD = 2000;

/**
 * Cytoscape 3.31+ takes renderer settings in `renderer` (merged over the top-level hints); its
 * typings do not list that object yet, so it is typed here.
 */
export interface RendererSettings {
  renderer?: { name: 'canvas'; webgl: boolean };
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
}

/**
 * Renderer by graph size. WebGL mode is experimental in Cytoscape 3.3x and only pays off on big
 * maps (headless Chromium emulates it on the CPU, where it is slower — judge it on real GPUs).
 * `forceWebgl` lets the benchmark compare both renderers at every size.
 */
export function rendererOptions(elementCount: number, forceWebgl?: boolean): RendererSettings {
  const webgl = forceWebgl ?? elementCount > WEBGL_ELEMENT_THRESHOLD;
  if (!webgl) return {};
  return { renderer: { name: 'canvas', webgl: true }, hideEdgesOnViewport: true, textureOnViewport: false };
}

export interface GraphOptions {
  forceWebgl?: boolean;
}

export function createGraph(
  container: HTMLElement,
  elements: ElementDefinition[],
  options: GraphOptions = {},
): Core {
  registerLayoutExtensions();
  const settings: CytoscapeOptions & RendererSettings = {
    container,
    elements,
    style: GRAPH_STYLES,
    // Positions are set by the layout the view runs right after creation.
    layout: { name: 'preset', fit: false },
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    ...rendererOptions(elements.length, options.forceWebgl),
  };
  const cy = cytoscape(settings);
  // Read by the browser tests (and handy in devtools): what is on screen, without a global.
  container.dataset.nodeCount = String(cy.nodes().length);
  container.dataset.edgeCount = String(cy.edges().length);
  container.dataset.renderer = settings.renderer?.webgl ? 'webgl' : 'canvas';
  return cy;
}
