/**
 * What a map shows, read from its Cytoscape instance in the page (`_cyreg.cy` on the container, as
 * test/browser/real-server.ts nodeSpot does, so the app has no test global): shared by the map tests.
 */
import type { Page } from 'playwright-core';
import { settle } from '../browser/real-server';
import type { BrowserApp } from './browser-app';

export interface NodeState {
  id: string;
  label: string;
  kind: string;
  weight: number | null;
  size: number;
  /** Which label a map keeps first (label-fit.ts labelRank): `labelPriority`, else the size. */
  rank: number;
  x: number;
  y: number;
  /** Page coordinates of the node's centre. */
  pageX: number;
  pageY: number;
  labelShown: boolean;
  fontPx: number;
  box: { x1: number; y1: number; x2: number; y2: number } | null;
  /** The node's own shape on screen (no label). */
  body: { x1: number; y1: number; x2: number; y2: number };
  visible: boolean;
}

export type ScreenBox = NodeState['body'];
export const meet = (a: ScreenBox, b: ScreenBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** "a × b" for every pair of the named boxes that overlap (an empty list is what a readable map has). */
export function overlapping(boxes: { id: string; box: ScreenBox }[]): string[] {
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => meet(a.box, b.box))
      .map((b) => `${a.id} × ${b.id}`),
  );
}

/** Every node of the first map on the page, sorted by id, with model and page positions. */
export function mapNodes(page: Page): Promise<NodeState[]> {
  return page.evaluate(() => {
    type Box = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
    type Node = {
      id(): string;
      data(key: string): unknown;
      position(): { x: number; y: number };
      renderedPosition(): { x: number; y: number };
      style(name: string): string;
      renderedStyle(name: string): string;
      renderedBoundingBox(options: object): Box;
      visible(): boolean;
    };
    type Registry = { cy?: { nodes(): ArrayLike<Node> } };
    const container = document.querySelector<HTMLElement & { _cyreg?: Registry }>('.graph[data-node-count]');
    const rect = container?.getBoundingClientRect();
    return Array.from(container?._cyreg?.cy?.nodes() ?? [])
      .map((node) => {
        const labelShown = node.style('label') !== '';
        const box = node.renderedBoundingBox({
          includeNodes: false,
          includeEdges: false,
          includeOverlays: false,
        });
        const weight = node.data('weight');
        const body = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        return {
          id: node.id(),
          label: String(node.data('label') ?? ''),
          kind: String(node.data('kind') ?? ''),
          weight: typeof weight === 'number' ? weight : null,
          size: Number(node.data('size')) || 0,
          rank: Number.isFinite(Number(node.data('labelPriority')))
            ? Number(node.data('labelPriority'))
            : Number(node.data('size')) || 0,
          x: node.position().x,
          y: node.position().y,
          pageX: (rect?.left ?? 0) + node.renderedPosition().x,
          pageY: (rect?.top ?? 0) + node.renderedPosition().y,
          labelShown,
          fontPx: Number.parseFloat(node.renderedStyle('font-size')),
          box: labelShown && box.w > 0 ? { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 } : null,
          body: { x1: body.x1, y1: body.y1, x2: body.x2, y2: body.y2 },
          visible: node.visible(),
        };
      })
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  });
}

export function zoomOf(page: Page): Promise<number> {
  return page.evaluate(() => {
    type Registry = { cy?: { zoom(): number } };
    const container = document.querySelector<HTMLElement & { _cyreg?: Registry }>('.graph[data-node-count]');
    return container?._cyreg?.cy?.zoom() ?? Number.NaN;
  });
}

/** Opens a map and waits until its labels are fitted (label-fit.ts marks the container). */
export async function openMap(ui: BrowserApp, query: string): Promise<void> {
  await ui.page.goto(`${ui.origin}/${query}`);
  await ui.page.locator('.graph[data-node-count][data-culled-labels]').first().waitFor();
  await settle(ui.page);
}
