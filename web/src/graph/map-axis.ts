/**
 * An axis strip along the top of a map: the technology route's year columns, the two-column
 * layout's column headers. It is HTML over the canvas (not Cytoscape nodes, which would be clicked,
 * hovered and counted as data) and follows pan and zoom; where marks would crowd, every other one
 * is dropped (the first and last stay), as map tools thin their scale labels. Optional guides are
 * faint vertical lines down the map at each mark.
 */
import type { Core } from 'cytoscape';
import { estimateTextWidth } from './figure-frame';

export interface AxisMark {
  /** Model x of the column. */
  x: number;
  text: string;
  /** Stable key for tests and styling (e.g. the year). */
  key: string;
}

export interface AxisOptions {
  guides?: boolean;
  /** Names the strip for screen readers. */
  label: string;
}

/** The strip's font size (styles.css .map-axis-mark) and the least space between two marks, CSS px. */
const MARK_FONT_PX = 12;
const MARK_GAP_PX = 8;

const AXIS_DATA_KEY = 'patnav.mapAxis';

/** Estimated width of a mark's text on screen (no layout pass needed). */
export function markWidth(text: string): number {
  // Bold digits run wider than the estimate's 0.6 em; the 10 px is the mark's padding.
  return estimateTextWidth(text, MARK_FONT_PX) * 1.1 + 10;
}

/**
 * Which marks to show at their screen x: all when they fit side by side, else every 2nd, 3rd…
 * (the smallest step that fits); the last mark replaces the one before it when they would touch.
 */
export function visibleMarks(screen: readonly { x: number; text: string }[]): number[] {
  if (screen.length === 0) return [];
  const fits = (shown: number[]): boolean =>
    shown.every((index, k) => {
      if (k === 0) return true;
      const a = screen[shown[k - 1]!]!;
      const b = screen[index]!;
      return Math.abs(b.x - a.x) >= (markWidth(a.text) + markWidth(b.text)) / 2 + MARK_GAP_PX;
    });
  for (let step = 1; step <= screen.length; step++) {
    const shown = screen.map((_, i) => i).filter((i) => i % step === 0);
    const last = screen.length - 1;
    if (shown[shown.length - 1] !== last) {
      const withLast = [...shown.slice(0, -1), last];
      if (fits([...shown, last])) return [...shown, last];
      if (fits(withLast)) return withLast;
      continue;
    }
    if (fits(shown)) return shown;
  }
  return [0];
}

interface AxisState {
  strip: HTMLElement;
  marks: readonly AxisMark[];
  guides: boolean;
  redraw: () => void;
}

function render(cy: Core, state: AxisState): void {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const width = cy.width();
  const screen = state.marks.map((mark) => ({ x: mark.x * zoom + pan.x, text: mark.text }));
  const onMap = screen.map((mark, i) => ({ ...mark, i })).filter((mark) => mark.x >= 0 && mark.x <= width);
  const shown = new Set(visibleMarks(onMap).map((k) => onMap[k]!.i));
  const children = state.marks.flatMap((mark, i) => {
    const x = screen[i]!.x;
    const parts: HTMLElement[] = [];
    if (state.guides && x >= 0 && x <= width) {
      const guide = document.createElement('div');
      guide.className = 'map-axis-guide';
      guide.style.left = `${x}px`;
      parts.push(guide);
    }
    if (!shown.has(i)) return parts;
    const label = document.createElement('span');
    label.className = 'map-axis-mark';
    label.dataset.axisKey = mark.key;
    label.textContent = mark.text;
    label.style.left = `${x}px`;
    parts.push(label);
    return parts;
  });
  state.strip.replaceChildren(...children);
}

/** Shows (or with `undefined` removes) the axis strip of a map; call again to replace its marks. */
export function setMapAxis(cy: Core, marks: readonly AxisMark[] | undefined, options?: AxisOptions): void {
  const container = cy.container();
  if (!container) return;
  const existing = cy.scratch(AXIS_DATA_KEY) as AxisState | undefined;
  if (!marks || marks.length === 0) {
    if (existing) {
      cy.off('viewport resize', existing.redraw);
      existing.strip.remove();
      cy.removeScratch(AXIS_DATA_KEY);
    }
    return;
  }
  const strip = existing?.strip ?? document.createElement('div');
  strip.className = 'map-axis';
  strip.dataset.testid = 'map-axis';
  strip.setAttribute('aria-label', options?.label ?? '');
  const state: AxisState = {
    strip,
    marks,
    guides: options?.guides === true,
    redraw: () => render(cy, state),
  };
  if (existing) cy.off('viewport resize', existing.redraw);
  else container.append(strip);
  cy.scratch(AXIS_DATA_KEY, state);
  cy.on('viewport resize', state.redraw);
  state.redraw();
}

/** The marks of the map's axis strip, or none: exported figures draw them too (axis-figure.ts). */
export function mapAxisMarks(cy: Core): readonly AxisMark[] {
  return (cy.scratch(AXIS_DATA_KEY) as AxisState | undefined)?.marks ?? [];
}
