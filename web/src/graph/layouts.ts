/**
 * Layouts as a declarative registry (after Gephi Lite): each entry says when it applies and how to
 * build its options. dagre and fcose are Cytoscape extensions (registered in extensions.ts); for
 * large maps the server sends positions (`preset`), since no browser layout is fast enough there.
 */
import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { MessageKey } from '../i18n';
import { fitToBox } from './fit-box';
import { setMapAxis } from './map-axis';
import { type PlacedLayout, placeTwoColumns, runPlacedLayout } from './placed-layout';
import { placeAtSeededPositions, seedOf, withSeededRandom } from './seeded-random';
import { NODE_SIZE, PRESET_POSITION_KEY } from './to-elements';

export const LAYOUT_IDS = ['preset', 'cose', 'fcose', 'dagre', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export interface LayoutContext {
  /** Every node carries a server-computed position. */
  hasPositions: boolean;
  nodeCount: number;
  /** Edges have a direction that ranks the nodes (technology routes, citations); default false. */
  directed?: boolean;
  /**
   * Many small components (pairs, stars), as in a co-applicant network: force layouts pull them
   * closer, so the fitted map is zoomed in far enough to show labels (min-zoomed-font-size).
   */
  compact?: boolean;
}

export interface LayoutDefinition {
  id: LayoutId;
  labelKey: MessageKey;
  isAvailable(context: LayoutContext): boolean;
  /** Largest map (in nodes) the layout is offered for; with `tooBigKey`, the reason shown when hidden. */
  maxNodes?: number;
  tooBigKey?: MessageKey;
  options(context: LayoutContext): LayoutOptions;
  /**
   * Force layouts: the run starts from id-seeded positions with Math.random seeded by the graph's
   * ids (seeded-random.ts), so the same data gives the same picture on every draw.
   */
  seeded?: boolean;
  /** Moves labels beside nodes for layouts where labels below would collide; default: below. */
  labelSide?(node: NodeSingular): LabelSide | undefined;
  /**
   * Layouts computed here instead of by Cytoscape: node positions and column headers. The map is
   * then fitted to its nodes with room for the labels beside them (fitToBox).
   */
  place?(cy: Core): PlacedLayout;
}

export type LabelSide = 'left' | 'right';
const LABEL_SIDE_CLASSES = 'label-left label-right';

const common = { fit: true, padding: 30, animate: false } as const;

/**
 * fcose at default quality took 4.7 s for 1k nodes and a minute for 2k on a 2-core machine: offered up
 * to this size only, at default quality for small maps and draft quality above FCOSE_DRAFT_FROM.
 */
export const FCOSE_MAX_NODES = 500;
const FCOSE_DRAFT_FROM = 250;
/** dagre ranks a directed graph (technology routes); under a second at 300 nodes, slow past a few thousand. */
export const DAGRE_MAX_NODES = 2000;

/** Bigger nodes towards the centre. */
const bySize = (node: NodeSingular): number => Number(node.data('size')) || 0;

export const LAYOUTS: readonly LayoutDefinition[] = [
  {
    id: 'preset',
    labelKey: 'layout.preset',
    isAvailable: (context) => context.hasPositions,
    // Big maps fit on positions alone (fitToPositions after the run): the usual fit measures every label.
    options: (context) => ({
      name: 'preset',
      ...common,
      fit: context.nodeCount <= LABEL_FIT_MAX_NODES,
      positions: presetPosition,
    }),
  },
  {
    id: 'cose',
    labelKey: 'layout.cose',
    // cose is O(n²) per iteration; beyond a few thousand nodes only server positions are usable.
    isAvailable: (context) => context.nodeCount <= 3000,
    seeded: true,
    // Starts from the seeded positions placed by runLayout instead of its own random ones.
    options: (context) => ({
      name: 'cose',
      ...common,
      randomize: false,
      nodeRepulsion: () => 400_000,
      idealEdgeLength: () => 90,
      nodeOverlap: 20,
      numIter: context.nodeCount > 500 ? 300 : 1000,
    }),
  },
  {
    id: 'fcose',
    labelKey: 'layout.fcose',
    isAvailable: (context) => context.nodeCount <= FCOSE_MAX_NODES,
    maxNodes: FCOSE_MAX_NODES,
    tooBigKey: 'layout.fcoseTooBig',
    seeded: true,
    // Keeps its spectral start (better than any fixed start), drawn from the seeded Math.random.
    options: (context) => ({
      name: 'fcose',
      ...common,
      quality: context.nodeCount > FCOSE_DRAFT_FROM ? 'draft' : 'default',
      randomize: true,
      // Nodes here are up to 84 px: strong repulsion and soft springs keep big hubs from overlapping.
      nodeRepulsion: () => (context.compact ? 12_000 : 80_000),
      idealEdgeLength: () => (context.compact ? 60 : 140),
      edgeElasticity: () => 0.15,
      gravity: context.compact ? 1 : 0.15,
      gravityRange: context.compact ? 1.5 : 3.8,
      nodeSeparation: context.compact ? 40 : 80,
    }),
  },
  {
    id: 'dagre',
    labelKey: 'layout.dagre',
    // Ranks follow edge direction: on an undirected map (applicant ↔ class) it only stacks two columns.
    isAvailable: (context) => context.directed === true && context.nodeCount <= DAGRE_MAX_NODES,
    maxNodes: DAGRE_MAX_NODES,
    tooBigKey: 'layout.dagreTooBig',
    // Left to right, so a technology route reads like a timeline and long labels have room.
    options: () => ({ name: 'dagre', ...common, rankDir: 'LR', nodeSep: 24, rankSep: 120 }),
    labelSide: () => 'right',
  },
  {
    id: 'concentric',
    labelKey: 'layout.concentric',
    isAvailable: () => true,
    options: () => ({
      name: 'concentric',
      ...common,
      concentric: bySize,
      // About five rings: one per fifth of the size range (sizes come from to-elements.ts).
      levelWidth: () => (NODE_SIZE.max - NODE_SIZE.min) / 4,
      minNodeSpacing: 14,
    }),
  },
  {
    // The id is kept from the breadthfirst layout it replaced (saved URLs and projects name it).
    id: 'breadthfirst',
    labelKey: 'layout.breadthfirst',
    isAvailable: () => true,
    // Applicants left, classes right, each labelled on its outer side, columns headed (two-columns.ts).
    options: () => ({ name: 'preset', ...common, fit: false }),
    labelSide: (node) => (node.data('kind') === 'applicant' ? 'left' : 'right'),
    place: placeTwoColumns,
  },
  {
    id: 'grid',
    labelKey: 'layout.grid',
    isAvailable: () => true,
    options: () => ({ name: 'grid', ...common, avoidOverlap: true }),
  },
];

export function availableLayouts(context: LayoutContext): LayoutDefinition[] {
  return LAYOUTS.filter((layout) => layout.isAvailable(context));
}

export interface HiddenLayoutNote {
  key: MessageKey;
  max: number;
}

/** Explanations for layouts hidden because the map is too big for them (e.g. fcose above 500 nodes). */
export function hiddenLayoutNotes(context: LayoutContext): HiddenLayoutNote[] {
  const notes: HiddenLayoutNote[] = [];
  for (const layout of LAYOUTS) {
    if (!layout.tooBigKey || layout.maxNodes === undefined || context.nodeCount <= layout.maxNodes) continue;
    // Only size is worth explaining: a layout that does not fit this kind of map at all stays silent.
    if (layout.isAvailable({ ...context, nodeCount: 0 }))
      notes.push({ key: layout.tooBigKey, max: layout.maxNodes });
  }
  return notes;
}

/** The asked-for layout when it applies; otherwise server positions when present, else the first available. */
export function chooseLayout(asked: string | undefined, context: LayoutContext): LayoutDefinition {
  const available = availableLayouts(context);
  const fallback = available[0] ?? LAYOUTS[LAYOUTS.length - 1]!;
  return available.find((layout) => layout.id === asked) ?? fallback;
}

/** Above this many nodes a preset map is fitted on node positions only, not on label boxes. */
export const LABEL_FIT_MAX_NODES = 1000;

/**
 * Fits the viewport to node positions (labels left out). Measuring thousands of label boxes is
 * most of a big map's first render, and at the zoom that fits such a map labels are hidden anyway
 * (min-zoomed-font-size).
 */
export function fitToPositions(cy: Core, padding = common.padding): void {
  fitToBox(cy, cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false }), padding);
}

/** The server position kept by to-elements.ts, else where the node is now. */
function presetPosition(node: NodeSingular): Position {
  return (node.scratch(PRESET_POSITION_KEY) as Position | undefined) ?? node.position();
}

/** True when every node already stands at its preset position (a freshly created map). */
function atPresetPositions(cy: Core): boolean {
  // A plain loop: the typings of Collection.every take edges too.
  for (const node of cy.nodes()) {
    const preset = node.scratch(PRESET_POSITION_KEY) as Position | undefined;
    const now = node.position();
    if (preset === undefined || preset.x !== now.x || preset.y !== now.y) return false;
  }
  return true;
}

export function runLayout(cy: Core, layout: LayoutDefinition, context: LayoutContext): void {
  cy.batch(() => {
    cy.nodes().removeClass(LABEL_SIDE_CLASSES);
    if (!layout.labelSide) return;
    cy.nodes().forEach((node) => {
      const side = layout.labelSide?.(node);
      if (side) node.addClass(`label-${side}`);
    });
  });
  setMapAxis(cy, undefined);
  if (layout.place) {
    runPlacedLayout(cy, layout.place(cy), layout.labelKey);
    return;
  }
  const isPreset = layout.id === 'preset';
  // Running preset on a map created at its positions only re-sets every node (0.7 s at 20k elements).
  if (isPreset && atPresetPositions(cy)) {
    if (context.nodeCount <= LABEL_FIT_MAX_NODES) cy.fit(undefined, common.padding);
  } else if (layout.seeded) {
    const seed = seedOf(cy);
    withSeededRandom(seed, () => {
      placeAtSeededPositions(cy);
      cy.layout(layout.options(context)).run();
    });
  } else {
    cy.layout(layout.options(context)).run();
  }
  if (isPreset && context.nodeCount > LABEL_FIT_MAX_NODES) fitToPositions(cy);
}
