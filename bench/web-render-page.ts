/**
 * Browser side of bench/web-render.ts: builds a synthetic map in the page (no server), renders it
 * through the app's own modules (to-elements → createGraph → preset layout), times the steps and
 * records frame times while the runner pans and zooms with the mouse.
 */

import type { MapData, MapEdge, MapNode } from '@graph-schema/dto/map';
import { createGraph, type RendererChoice } from '@web/src/graph/create';
import { chooseLayout, runLayout } from '@web/src/graph/layouts';
import { toElements } from '@web/src/graph/to-elements';
import type { Core } from 'cytoscape';

export interface RenderTiming {
  elements: number;
  renderer: RendererChoice;
  /** Data in memory → first frame drawn (elements built, graph created, laid out, painted). */
  firstRenderMs: number;
  /** Elements built and the Cytoscape instance created (style applied), before any layout. */
  createMs: number;
  /** The preset layout (positions from the data, then fit). */
  layoutMs: number;
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

let current: Core | undefined;

/** Draws a synthetic map and keeps it on the page, so the runner can pan and zoom it with the mouse. */
async function renderMap(elements: number, renderer: RendererChoice): Promise<RenderTiming> {
  current?.destroy();
  const host = document.getElementById('graph') as HTMLElement;
  const map = syntheticMap(elements);
  const start = performance.now();
  const cy = createGraph(host, toElements(map).elements, { renderer });
  current = cy;
  const layoutContext = { hasPositions: true, nodeCount: map.nodes.length };
  const layoutStart = performance.now();
  const createMs = layoutStart - start;
  runLayout(cy, chooseLayout('preset', layoutContext), layoutContext);
  const layoutMs = performance.now() - layoutStart;
  const firstRenderMs = (await drawn()) - start;
  return { elements, renderer, firstRenderMs, createMs, layoutMs };
}

/**
 * Frame times during a mouse gesture. Cytoscape's viewport shortcuts (a cached image, hidden edges)
 * apply only while the user drags or wheels, so the runner moves the real mouse; this loop records
 * when frames start, and `stopFrames` returns the intervals between them.
 */
let frameStarts: number[] = [];
let recording = false;
function startFrames(): void {
  frameStarts = [];
  recording = true;
  const tick = (at: number) => {
    if (!recording) return;
    frameStarts.push(at);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
async function stopFrames(): Promise<number[]> {
  // Let the frame that draws the last input finish first.
  await drawn();
  recording = false;
  return frameStarts.slice(1).map((at, i) => at - frameStarts[i]!);
}

declare global {
  interface Window {
    bench?: { renderMap: typeof renderMap; startFrames: typeof startFrames; stopFrames: typeof stopFrames };
  }
}

window.bench = { renderMap, startFrames, stopFrames };
