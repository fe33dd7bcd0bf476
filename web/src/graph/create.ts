/** Creates the Cytoscape instance. Layout, events and export live in their own modules. */
import cytoscape, {
  type Core,
  type CytoscapeOptions,
  type ElementDefinition,
  type StylesheetJson,
} from 'cytoscape';
import { registerLayoutExtensions } from './extensions';
import { bindLabelFit, CULLED_LABEL_CLASS, LABELS_AFTER_FIRST_FRAME_FROM } from './label-fit';
import { GRAPH_STYLES } from './styles';
import { attachTooltip } from './tooltip';
import { webglSupport } from './webgl-support';
import { stepWheelZoom } from './wheel-zoom';

/** Above this many elements a map counts as big: WebGL on a GPU, else a cached canvas image while moving. */
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

export type RendererChoice = 'canvas' | 'webgl';

export interface RendererContext {
  /** webgl-support.ts: WebGL runs on a GPU here. */
  hardwareWebgl: boolean;
  /** Overrides the choice (the benchmark measures both renderers at every size). */
  force?: RendererChoice | undefined;
}

/**
 * Renderer by graph size and hardware. Big maps get Cytoscape's WebGL mode on a GPU. Without one
 * they stay on canvas, which draws one cached image of the map while the user pans or zooms
 * (`textureOnViewport`) and the full map when the gesture ends: smooth on any CPU, where emulated
 * WebGL redraws every element for every frame.
 */
export function rendererOptions(elementCount: number, context: RendererContext): RendererSettings {
  const big = elementCount > WEBGL_ELEMENT_THRESHOLD;
  const webgl = context.force ? context.force === 'webgl' : big && context.hardwareWebgl;
  if (webgl) return { renderer: { name: 'canvas', webgl: true }, hideEdgesOnViewport: true };
  return big ? { textureOnViewport: true } : {};
}

export interface GraphOptions {
  renderer?: RendererChoice;
  /** The map's own stylesheet (GRAPH_STYLES plus its rules): applied once, not over the shared one. */
  style?: StylesheetJson;
}

export function createGraph(
  container: HTMLElement,
  elements: ElementDefinition[],
  options: GraphOptions = {},
): Core {
  registerLayoutExtensions();
  // Bound before cytoscape() adds its own wheel listener (wheel-zoom.ts says why).
  const wheel = stepWheelZoom(container);
  const settings: CytoscapeOptions & RendererSettings = {
    container,
    elements,
    style: options.style ?? GRAPH_STYLES,
    // Positions are set by the layout the view runs right after creation.
    layout: { name: 'preset', fit: false },
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    ...rendererOptions(elements.length, {
      // Probed only for big maps: small ones never need it, and a probe creates a WebGL context.
      hardwareWebgl: elements.length > WEBGL_ELEMENT_THRESHOLD && webglSupport().hardware,
      force: options.renderer,
    }),
  };
  const cy = cytoscape(settings);
  // Big maps: labels after the first frame (label-fit.ts LABELS_AFTER_FIRST_FRAME_FROM).
  const nodes = cy.nodes();
  if (nodes.length >= LABELS_AFTER_FIRST_FRAME_FROM) nodes.addClass(CULLED_LABEL_CLASS);
  wheel.register(cy);
  attachTooltip(cy, container);
  bindLabelFit(cy);
  // Read by the browser tests (and handy in devtools): what is on screen, without a global.
  container.dataset.nodeCount = String(cy.nodes().length);
  container.dataset.edgeCount = String(cy.edges().length);
  container.dataset.renderer = settings.renderer?.webgl ? 'webgl' : 'canvas';
  return cy;
}
