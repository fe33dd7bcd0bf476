/**
 * Wheel zoom in fixed steps, like other map tools (Gephi, Google Maps, PatSnap's maps): one mouse
 * notch zooms by WHEEL_ZOOM_STEP at the pointer. Cytoscape 3.35's own wheel handler guesses notch
 * sizes from the first events and gave 3–5 % per notch here, varying with scroll history, which
 * `wheelSensitivity` only scales; this handler replaces it for plain wheel events.
 */
import type { Core } from 'cytoscape';

/** Zoom factor of one wheel notch (15 %). */
export const WHEEL_ZOOM_STEP = 1.15;
/** Chromium and Firefox report one notch of a mouse wheel as 100 CSS pixels (deltaMode 0). */
const PIXELS_PER_NOTCH = 100;
/** deltaMode 1 counts lines (Firefox on some systems): three lines per notch. */
const LINES_PER_NOTCH = 3;

/** Notches in a wheel event: whole ones from a mouse, fractions from a touchpad; at most one per event. */
export function wheelNotches(deltaY: number, deltaMode: number): number {
  const notches = deltaMode === 1 ? deltaY / LINES_PER_NOTCH : deltaY / PIXELS_PER_NOTCH;
  return Math.max(-1, Math.min(1, notches));
}

/** The zoom after a wheel event: scrolling up (negative deltaY) zooms in. */
export function zoomAfterWheel(zoom: number, deltaY: number, deltaMode: number): number {
  return zoom * WHEEL_ZOOM_STEP ** -wheelNotches(deltaY, deltaMode);
}

/** The part of Cytoscape's canvas renderer its own wheel handler uses (internal, untyped). */
interface WheelRenderer {
  data?: { wheelZooming?: boolean; wheelTimeout?: ReturnType<typeof setTimeout> };
  redrawHint?(what: string, dirty: boolean): void;
  redraw?(): void;
}

/**
 * Marks a wheel gesture the way Cytoscape's own handler does (cytoscape 3.35 dist, "wheelZooming"):
 * big maps then draw one cached image while zooming (create.ts textureOnViewport) and the full
 * map 150 ms after the last notch.
 */
function markWheelGesture(cy: Core): void {
  const renderer = (cy as unknown as { renderer?(): WheelRenderer }).renderer?.();
  const data = renderer?.data;
  if (!renderer || !data) return;
  data.wheelZooming = true;
  clearTimeout(data.wheelTimeout);
  data.wheelTimeout = setTimeout(() => {
    data.wheelZooming = false;
    renderer.redrawHint?.('eles', true);
    renderer.redraw?.();
  }, 150);
}

/** The graph now drawn in each container: a view may draw a new graph into the same element. */
const graphs = new WeakMap<HTMLElement, Core>();

function onWheel(container: HTMLElement, event: WheelEvent): void {
  const core = graphs.get(container);
  // Pinch on a touchpad arrives as a wheel event with ctrlKey; it stays with Cytoscape.
  if (!core || core.destroyed() || event.ctrlKey || event.deltaY === 0 || !core.userZoomingEnabled()) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  markWheelGesture(core);
  const rect = container.getBoundingClientRect();
  const wanted = zoomAfterWheel(core.zoom(), event.deltaY, event.deltaMode);
  const level = Math.max(core.minZoom(), Math.min(core.maxZoom(), wanted));
  core.zoom({ level, renderedPosition: { x: event.clientX - rect.left, y: event.clientY - rect.top } });
}

/**
 * Call before cytoscape() binds its own listener on the container: both listen in the capture
 * phase, listeners run in the order they were added, and this one stops the other. The listener
 * is added once per container and zooms whichever graph `register` gave it last.
 */
export function stepWheelZoom(container: HTMLElement): { register(cy: Core): void } {
  if (!graphs.has(container))
    container.addEventListener('wheel', (event) => onWheel(container, event), {
      capture: true,
      passive: false,
    });
  return { register: (cy) => graphs.set(container, cy) };
}
