/**
 * Browser side of bench/web-render.ts: builds a synthetic map in the page (no server), renders it
 * through the app's own modules (to-elements → createGraph → preset layout) and times the steps.
 */
import type { MapData, MapEdge, MapNode } from '../graph-schema/dto/map';
import { createGraph } from '../web/src/graph/create';
import { chooseLayout, runLayout } from '../web/src/graph/layouts';
import { toElements } from '../web/src/graph/to-elements';

export interface RenderTiming {
  elements: number;
  renderer: 'canvas' | 'webgl';
  /** Data in memory → first frame drawn (elements built, graph created, laid out, painted). */
  firstRenderMs: number;
  /** Elements built and the Cytoscape instance created (style applied), before any layout. */
  createMs: number;
  /** The preset layout (positions from the data, then fit). */
  layoutMs: number;
  /** Median over PAN_STEPS pan steps of step → next frame drawn: how interactive the map feels. */
  panFrameMs: number;
  /** The same for zoom steps (in, then out again, around the centre). */
  zoomFrameMs: number;
}

/** Deterministic pseudo-random numbers, so every run draws the same map. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return state / 4_294_967_296;
  };
}

/** A third of the elements are nodes (scattered as a force layout would leave them), the rest edges. */
export function syntheticMap(elements: number): MapData {
  const random = seeded(elements);
  const nodeCount = Math.round(elements / 3);
  const spread = Math.sqrt(nodeCount) * 60;
  const nodes: MapNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `n${i}`,
    kind: i % 4 === 0 ? 'applicant' : 'cpc',
    label: i % 4 === 0 ? `申请人 ${i}` : `H0${i % 10}M`,
    weight: 1 + Math.floor(random() * 200),
    position: { x: random() * spread, y: random() * spread },
    details: {},
  }));
  const edges: MapEdge[] = Array.from({ length: elements - nodeCount }, (_, i) => ({
    id: `e${i}`,
    source: `n${Math.floor(random() * nodeCount)}`,
    target: `n${Math.floor(random() * nodeCount)}`,
    weight: 1 + Math.floor(random() * 50),
  }));
  // Any valid measure will do: the benchmark times drawing, not the caption.
  const measure = { code: 'map.measure.citations', params: {}, text: 'synthetic' } as const;
  return { nodes, edges, measure, truncated: false };
}

const nextFrame = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/**
 * Cytoscape draws inside its own requestAnimationFrame callback. Its `render` event is not emitted
 * in WebGL mode (3.35), so both renderers are timed the same way: the second frame after a change
 * starts only once the frame that drew the change has finished.
 */
async function drawn(): Promise<number> {
  await nextFrame();
  return nextFrame();
}

const PAN_STEPS = 5;

/** Median time from a viewport change to the frame that shows it, over `steps` changes. */
async function medianFrame(steps: number, change: (step: number) => void): Promise<number> {
  const times: number[] = [];
  for (let step = 0; step < steps; step++) {
    const start = performance.now();
    change(step);
    times.push((await drawn()) - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(steps / 2)] ?? Number.NaN;
}

async function renderOnce(elements: number, webgl: boolean): Promise<RenderTiming> {
  const host = document.getElementById('graph') as HTMLElement;
  const map = syntheticMap(elements);
  const start = performance.now();
  const cy = createGraph(host, toElements(map).elements, { forceWebgl: webgl });
  const layoutContext = { hasPositions: true, nodeCount: map.nodes.length };
  const layoutStart = performance.now();
  const createMs = layoutStart - start;
  runLayout(cy, chooseLayout('preset', layoutContext), layoutContext);
  const layoutMs = performance.now() - layoutStart;
  const firstRenderMs = (await drawn()) - start;
  const panFrameMs = await medianFrame(PAN_STEPS, (step) => cy.panBy({ x: step % 2 ? -40 : 40, y: 25 }));
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  const zoomFrameMs = await medianFrame(PAN_STEPS, (step) =>
    cy.zoom({ level: cy.zoom() * (step % 2 ? 1 / 1.25 : 1.25), renderedPosition: centre }),
  );
  const renderer = (cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl
    ? 'webgl'
    : 'canvas';
  cy.destroy();
  return { elements, renderer, firstRenderMs, createMs, layoutMs, panFrameMs, zoomFrameMs };
}

declare global {
  interface Window {
    renderOnce?: typeof renderOnce;
  }
}

window.renderOnce = renderOnce;
