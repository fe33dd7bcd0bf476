/**
 * Readable labels at any zoom: labels are drawn at no less than MIN_LABEL_PX on screen (their
 * model size grows as the map is zoomed out), and where two labels would overlap the smaller
 * node's label is hidden, so the biggest nodes keep theirs (how map tools cull labels). A selected
 * node and its neighbours always show theirs (styles.ts).
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { clearMovedLabels, moveLabels } from './label-move';

/** Smallest label on screen, in CSS pixels. */
export const MIN_LABEL_PX = 11;
/** Label size at zoom 1 and above (model units, i.e. CSS pixels at zoom 1). */
export const BASE_LABEL_PX = 11;
/** Class of nodes whose label would overlap a bigger node's label at the current zoom. */
export const CULLED_LABEL_CLASS = 'label-culled';
/** Labels are re-fitted this long after the last zoom step, not on every animation frame. */
const SETTLE_MS = 120;
/**
 * From this many nodes labels start hidden (create.ts) and the first fit, one SETTLE_MS after the
 * graph is made, shows the ones that do not overlap: the first frame then draws no label textures,
 * most of which the fit would hide anyway (the 1,000-family citation map spent much of its first
 * paint on them).
 */
export const LABELS_AFTER_FIRST_FRAME_FROM = 300;
/** Above this many labelled nodes the overlap test is skipped (to-elements.ts labels at most 1000). */
const MAX_CULLED_NODES = 1500;

/** The label's model size at a zoom: BASE_LABEL_PX, or more when zoomed out so it stays readable. */
export function labelFontSize(zoom: number): number {
  if (!(zoom > 0)) return BASE_LABEL_PX;
  return Math.round(Math.max(BASE_LABEL_PX, MIN_LABEL_PX / zoom) * 100) / 100;
}

export interface LabelBox {
  id: string;
  size: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * Ids of the labels to hide: biggest node first (ties by id, so the same map hides the same
 * labels), each label kept when it overlaps no label kept before it and no other node's body
 * (`bodies`; a node's own body is next to its label, never under it). Quadratic in the kept labels,
 * which are few at any zoom where many overlap.
 */
export function culledLabelIds(boxes: readonly LabelBox[], bodies: readonly LabelBox[] = []): Set<string> {
  const ordered = [...boxes].sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kept: LabelBox[] = [];
  const culled = new Set<string>();
  for (const box of ordered) {
    const onLabel = kept.some((other) => overlaps(box, other));
    const onNode = !onLabel && bodies.some((body) => body.id !== box.id && overlaps(box, body));
    if (onLabel || onNode) culled.add(box.id);
    else kept.push(box);
  }
  return culled;
}

/**
 * How a map's labels are fitted (`cy.scratch(LABEL_PLACEMENT, …)`): by default (`move`) a label
 * that would cover another label or another node moves to a free side of its node or is hidden
 * (label-place.ts); `labels-only` keeps every label where its stylesheet puts it and hides only the
 * lower-ranked of two overlapping labels (the chain panorama, whose outline places labels itself).
 */
export const LABEL_PLACEMENT = 'patnav.labelPlacement';
export type LabelPlacement = 'move' | 'labels-only';

function bodyBox(node: NodeSingular): LabelBox {
  const box = node.renderedBoundingBox({ includeLabels: false, includeEdges: false, includeOverlays: false });
  return { id: node.id(), size: labelRank(node), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
}

/**
 * A map can rank its labels itself (`labelPriority` in element data: the chain and its segments
 * before branches, the main path before other patents); otherwise the bigger node wins.
 */
export function labelRank(node: NodeSingular): number {
  const priority = Number(node.data('labelPriority'));
  return Number.isFinite(priority) ? priority : Number(node.data('size')) || 0;
}

export function labelBox(node: NodeSingular): LabelBox | undefined {
  const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeOverlays: false });
  if (!(box.w > 0 && box.h > 0)) return undefined;
  return {
    id: node.id(),
    size: labelRank(node),
    x1: box.x1,
    y1: box.y1,
    x2: box.x2,
    y2: box.y2,
  };
}

/** Collection.updateStyle (Cytoscape API "eles.updateStyle()"), missing from its typings. */
function restyle(nodes: NodeCollection): void {
  (nodes as unknown as { updateStyle(notifyRenderer?: boolean): void }).updateStyle(true);
}

/**
 * Re-sizes labels for the current zoom, moves the ones that would cover another label or node to a
 * free side of their node, and hides those that find none.
 */
export function fitLabels(cy: Core): void {
  if (cy.destroyed()) return;
  cy.nodes(`.${CULLED_LABEL_CLASS}`).removeClass(CULLED_LABEL_CLASS);
  clearMovedLabels(cy);
  // The stylesheet's font-size function (styles.ts) reads the zoom: re-evaluate it where it shows.
  restyle(cy.nodes().not('.unlabelled'));
  const labelled = cy
    .nodes()
    .not('.unlabelled')
    .filter((node) => node.style('label') !== '' && node.visible());
  if (labelled.length > MAX_CULLED_NODES) return;
  const placement = (cy.scratch(LABEL_PLACEMENT) as LabelPlacement | undefined) ?? 'move';
  const bodies = placement === 'move' ? cy.nodes(':visible').map(bodyBox) : [];
  const moved = placement === 'move' ? moveLabels(cy, labelled, bodies) : 0;
  // Measured again after the moves: what is drawn is checked, not what was predicted.
  const boxes = labelled.map(labelBox).filter((box): box is LabelBox => box !== undefined);
  const culled = culledLabelIds(boxes, bodies);
  cy.batch(() => {
    for (const id of culled) cy.getElementById(id).addClass(CULLED_LABEL_CLASS);
  });
  cy.container()?.setAttribute('data-moved-labels', String(moved));
  cy.container()?.setAttribute('data-culled-labels', String(culled.size));
}

/** Fits labels after every layout and once each zoom gesture settles. */
export function bindLabelFit(cy: Core): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => fitLabels(cy), SETTLE_MS);
  };
  cy.on('zoom layoutstop', schedule);
  cy.on('destroy', () => clearTimeout(timer));
  schedule();
}
