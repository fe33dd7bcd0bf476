/**
 * Layouts as a declarative registry (after Gephi Lite): each entry says when it applies and how to
 * build its options. fcose is not installed; for large maps the server sends positions (`preset`).
 */
import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { MessageKey } from '../i18n';
import { NODE_SIZE } from './to-elements';

export const LAYOUT_IDS = ['preset', 'cose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export interface LayoutContext {
  /** Every node carries a server-computed position. */
  hasPositions: boolean;
  nodeCount: number;
}

export interface LayoutDefinition {
  id: LayoutId;
  labelKey: MessageKey;
  isAvailable(context: LayoutContext): boolean;
  options(context: LayoutContext): LayoutOptions;
  /** Moves labels beside nodes for layouts where labels below would collide; default: below. */
  labelSide?(node: NodeSingular): LabelSide | undefined;
}

export type LabelSide = 'left' | 'right';
const LABEL_SIDE_CLASSES = 'label-left label-right';

const common = { fit: true, padding: 30, animate: false } as const;

/** Bigger nodes towards the centre. */
const bySize = (node: NodeSingular): number => Number(node.data('size')) || 0;

/** Swaps axes, so breadthfirst's rows become columns and long labels get horizontal room. */
const rowsToColumns = (_node: NodeSingular, position: Position): Position => ({
  x: position.y * 1.6,
  y: position.x,
});

export const LAYOUTS: readonly LayoutDefinition[] = [
  {
    id: 'preset',
    labelKey: 'layout.preset',
    isAvailable: (context) => context.hasPositions,
    options: () => ({ name: 'preset', ...common }),
  },
  {
    id: 'cose',
    labelKey: 'layout.cose',
    // cose is O(n²) per iteration; beyond a few thousand nodes only server positions are usable.
    isAvailable: (context) => context.nodeCount <= 3000,
    options: (context) => ({
      name: 'cose',
      ...common,
      randomize: true,
      nodeRepulsion: () => 400_000,
      idealEdgeLength: () => 90,
      nodeOverlap: 20,
      numIter: context.nodeCount > 500 ? 300 : 1000,
    }),
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
    id: 'breadthfirst',
    labelKey: 'layout.breadthfirst',
    isAvailable: () => true,
    // Roots = applicants: the bipartite map reads as two columns, applicants left, classes right,
    // each labelled on its outer side.
    options: () => ({
      name: 'breadthfirst',
      ...common,
      roots: 'node[kind = "applicant"]',
      transform: rowsToColumns,
      // Positions closer than the default, so fitting the tall column zooms in enough to show labels.
      spacingFactor: 0.7,
    }),
    labelSide: (node) => (node.data('kind') === 'applicant' ? 'left' : 'right'),
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

/** The asked-for layout when it applies; otherwise server positions when present, else the first available. */
export function chooseLayout(asked: string | undefined, context: LayoutContext): LayoutDefinition {
  const available = availableLayouts(context);
  const fallback = available[0] ?? LAYOUTS[LAYOUTS.length - 1]!;
  return available.find((layout) => layout.id === asked) ?? fallback;
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
  cy.layout(layout.options(context)).run();
}
