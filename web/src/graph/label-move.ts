/**
 * Applies label-place.ts to a Cytoscape map: measures each shown label where the stylesheet puts it,
 * picks a free side, and moves the label there with a style bypass (it beats every stylesheet rule,
 * including views' own, and is removed again before the next fit). Nodes whose label a layout put
 * beside them (label-left / label-right, layouts.ts) keep that side: their columns leave room there.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import {
  alignmentOf,
  type BodyBox,
  gapsAt,
  type LabelSide,
  type LabelToPlace,
  placeLabels,
} from './label-place';

const MOVED_CLASS = 'label-moved';
const MOVED_PROPERTIES = 'text-halign text-valign text-margin-x text-margin-y';
/** Smallest screen gap between a node and a moved label (px). */
const MIN_GAP_PX = 2;

interface Ranked extends BodyBox {
  size: number;
}

function sideNow(node: NodeSingular): LabelSide | undefined {
  const horizontal = node.style('text-halign');
  if (horizontal === 'left' || horizontal === 'right') return horizontal;
  const vertical = node.style('text-valign');
  return vertical === 'top' || vertical === 'bottom' ? vertical : undefined;
}

/** Corners next, then over the node itself (a hub ringed by its neighbours keeps its name). */
const CORNERS: readonly LabelSide[] = ['bottom-right', 'top-right', 'bottom-left', 'top-left', 'centre'];
const OTHER_SIDES: Partial<Record<LabelSide, readonly LabelSide[]>> = {
  bottom: ['bottom', 'top', 'right', 'left', ...CORNERS],
  top: ['top', 'bottom', 'right', 'left', ...CORNERS],
  right: ['right', 'left', ...CORNERS],
  left: ['left', 'right', ...CORNERS],
};

function sidesToTry(node: NodeSingular, side: LabelSide): readonly LabelSide[] {
  if (node.hasClass('label-left') || node.hasClass('label-right')) return [side];
  return OTHER_SIDES[side] ?? [side];
}

function gapOf(side: LabelSide, label: BodyBox, body: BodyBox): number {
  const gaps: Partial<Record<LabelSide, number>> = {
    bottom: label.y1 - body.y2,
    top: body.y1 - label.y2,
    right: label.x1 - body.x2,
    left: body.x1 - label.x2,
  };
  return Math.max(MIN_GAP_PX, gaps[side] ?? MIN_GAP_PX);
}

function toPlace(node: NodeSingular, body: Ranked, rank: number): LabelToPlace | undefined {
  const side = sideNow(node);
  if (!side) return undefined;
  const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeOverlays: false });
  if (!(box.w > 0 && box.h > 0)) return undefined;
  return {
    id: node.id(),
    rank,
    width: box.w,
    height: box.h,
    body,
    sides: sidesToTry(node, side),
    gap: gapOf(side, { id: node.id(), ...box }, body),
  };
}

function bypassFor(side: LabelSide, gapModel: number): Record<string, string | number> {
  const { halign, valign } = alignmentOf(side);
  const gaps = gapsAt(side, gapModel);
  return {
    'text-halign': halign,
    'text-valign': valign,
    'text-margin-x': halign === 'left' ? -gaps.x : gaps.x,
    'text-margin-y': valign === 'top' ? -gaps.y : gaps.y,
  };
}

/** Moves labels that would cover another label or node to the first free side of their node; how many moved. */
export function moveLabels(cy: Core, labelled: NodeCollection, bodies: readonly Ranked[]): number {
  const bodyOf = new Map(bodies.map((body) => [body.id, body]));
  const labels: LabelToPlace[] = [];
  labelled.forEach((node) => {
    const body = bodyOf.get(node.id());
    const label = body && toPlace(node, body, body.size);
    if (label) labels.push(label);
  });
  const chosen = placeLabels(labels, bodies, { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() });
  const zoom = cy.zoom();
  let moved = 0;
  cy.batch(() => {
    for (const label of labels) {
      const side = chosen.get(label.id);
      if (!side || side === label.sides[0]) continue;
      const node = cy.getElementById(label.id);
      moved += 1;
      node.addClass(MOVED_CLASS);
      node.style(bypassFor(side, label.gap / zoom));
    }
  });
  return moved;
}

/** Puts moved labels back where the stylesheet places them (before the next fit measures them). */
export function clearMovedLabels(nodes: { nodes(selector: string): NodeCollection }): void {
  const moved = nodes.nodes(`.${MOVED_CLASS}`);
  moved.removeStyle(MOVED_PROPERTIES);
  moved.removeClass(MOVED_CLASS);
}
