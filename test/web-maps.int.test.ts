/**
 * Maps that read at a glance (issue 12, "Maps"), in headless Chromium on the real server and Neo4j
 * (shared demo corpus): on three map views with force layouts the same map drawn twice (page
 * reload) puts every node at the same position; hovering a node shows a tooltip with its label,
 * kind and size (zh and en); one wheel notch zooms by WHEEL_ZOOM_STEP; labels shown at fit are at
 * least MIN_LABEL_PX on screen and none overlaps another — on the force maps, the chain panorama
 * (chain and segments keep theirs), the technology route by year (no two nodes overlap either, a
 * year axis names the columns) and the two-column applicant → class map (columns headed, applicants
 * left); the big technology route (500 families) asks for no server layout, fits every node in view
 * and gets its labels back after the first frame. The Cytoscape instance is read from its
 * container (`_cyreg.cy`, as test/browser/real-server.ts nodeSpot does), so the app has no test global.
 */

import { describe, expect, it } from 'vitest';
import { LABELS_AFTER_FIRST_FRAME_FROM, MIN_LABEL_PX } from '../web/src/graph/label-fit';
import { WHEEL_ZOOM_STEP } from '../web/src/graph/wheel-zoom';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';
import { mapNodes, meet, type NodeState, openMap, overlapping, zoomOf } from './helpers/map-nodes';

const CHAIN = 'lithium-battery';

/** Map views whose default or chosen layout is a force layout (the ones that used to differ per run). */
const FORCE_LAYOUT_MAPS = [
  '?view=applicant-cpc&lang=en&layout=fcose',
  '?view=applicant-cpc&lang=en&layout=cose',
  '?view=collaboration&lang=en&layout=fcose',
  `?view=applicant-branch&lang=en&chain=${CHAIN}&layout=fcose`,
] as const;

const positionsOf = (nodes: NodeState[]) => nodes.map(({ id, x, y }) => ({ id, x, y }));

describe('maps read at a glance', () => {
  let ui: BrowserApp;
  useBrowserApp((running) => {
    ui = running;
  });

  for (const query of FORCE_LAYOUT_MAPS)
    it(`draws the same map twice at the same positions: ${query}`, async () => {
      await openMap(ui, query);
      const first = positionsOf(await mapNodes(ui.page));
      expect(first.length).toBeGreaterThan(2);
      // The layout ran: nodes are spread out, not all at one spot.
      expect(new Set(first.map((node) => `${node.x},${node.y}`)).size).toBe(first.length);
      await ui.page.reload();
      await ui.page.locator('.graph[data-node-count][data-culled-labels]').first().waitFor();
      expect(positionsOf(await mapNodes(ui.page))).toStrictEqual(first);
    });

  it('shows a tooltip with label, kind and size when the pointer is over a node (en and zh)', async () => {
    for (const { lang, kindName, size } of [
      { lang: 'en', kindName: 'Applicant', size: (n: number) => `Node size: ${n.toLocaleString('en')}` },
      { lang: 'zh', kindName: '申请人', size: (n: number) => `节点大小：${n.toLocaleString('zh-CN')}` },
    ]) {
      await openMap(ui, `?view=applicant-cpc&lang=${lang}&layout=fcose`);
      const nodes = await mapNodes(ui.page);
      const applicant = nodes
        .filter((node) => node.kind === 'applicant')
        .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1))[0];
      expect(applicant).toBeDefined();
      await ui.page.mouse.move(applicant!.pageX, applicant!.pageY);
      const tooltip = ui.page.locator('.map-tooltip');
      await tooltip.waitFor({ state: 'visible' });
      const lines = await tooltip.locator(':scope > *').allInnerTexts();
      expect(lines).toStrictEqual([applicant!.label, kindName, size(applicant!.weight ?? Number.NaN)]);
      await ui.page.mouse.move(1, 1);
      await tooltip.waitFor({ state: 'hidden' });
    }
  });

  it('zooms by one step per wheel notch, at the pointer, in and out', async () => {
    await openMap(ui, '?view=applicant-cpc&lang=en&layout=fcose');
    const box = await ui.page.locator('.graph[data-node-count]').first().boundingBox();
    expect(box).not.toBeNull();
    await ui.page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    const before = await zoomOf(ui.page);
    await ui.page.mouse.wheel(0, -100);
    await expect.poll(() => zoomOf(ui.page)).not.toBe(before);
    expect((await zoomOf(ui.page)) / before).toBeCloseTo(WHEEL_ZOOM_STEP, 9);
    await ui.page.mouse.wheel(0, 100);
    await expect.poll(() => zoomOf(ui.page)).not.toBe(before * WHEEL_ZOOM_STEP);
    expect((await zoomOf(ui.page)) / before).toBeCloseTo(1, 9);
  });

  it('labels at fit are readable and never overlap; the biggest node keeps its label', async () => {
    for (const query of [
      '?view=applicant-cpc&lang=en&layout=fcose',
      '?view=collaboration&lang=zh&layout=fcose',
    ]) {
      await openMap(ui, query);
      const nodes = await mapNodes(ui.page);
      const shown = nodes.filter((node) => node.box !== null);
      expect(shown.length).toBeGreaterThan(0);
      for (const node of shown) expect(node.fontPx).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
      const overlapping = shown.flatMap((a, i) =>
        shown
          .slice(i + 1)
          .filter(
            (b) =>
              a.box!.x1 < b.box!.x2 &&
              b.box!.x1 < a.box!.x2 &&
              a.box!.y1 < b.box!.y2 &&
              b.box!.y1 < a.box!.y2,
          )
          .map((b) => `${a.id} × ${b.id}`),
      );
      expect(overlapping).toStrictEqual([]);
      const biggest = [...nodes].sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1))[0];
      expect(biggest?.labelShown).toBe(true);
    }
  });

  it('chain panorama at fit: labels at least MIN_LABEL_PX, none overlapping, chain and segments labelled', async () => {
    for (const lang of ['zh', 'en'])
      for (const viewport of [
        { width: 1440, height: 900 },
        { width: 1024, height: 768 },
      ]) {
        await ui.page.setViewportSize(viewport);
        await openMap(ui, `?view=chain-panorama&chain=${CHAIN}&lang=${lang}`);
        const nodes = await mapNodes(ui.page);
        const shown = nodes.filter((node) => node.box !== null);
        const where = `${lang} ${viewport.width}`;
        expect(shown.length, where).toBeGreaterThan(nodes.length / 3);
        for (const node of shown)
          expect(node.fontPx, `${where} ${node.id}`).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
        expect(overlapping(shown.map((node) => ({ id: node.id, box: node.box! }))), where).toStrictEqual([]);
        const structure = nodes.filter((node) => node.kind === 'chain' || node.kind === 'segment');
        expect(structure.length, where).toBeGreaterThan(1);
        expect(
          structure.filter((node) => !node.labelShown).map((node) => node.id),
          where,
        ).toStrictEqual([]);
      }
    await ui.page.setViewportSize({ width: 1440, height: 900 });
  });

  it('big technology route: asks for no server layout, fits all nodes in view, labels return after the first frame', async () => {
    const citations = ui.page.waitForRequest((request) => request.url().includes('/api/maps/citations'));
    await openMap(ui, `?view=tech-route&limit=500&lang=en`);
    expect(new URL((await citations).url()).searchParams.get('positions')).toBe('none');
    const nodes = (await mapNodes(ui.page)).filter((node) => node.visible);
    expect(nodes.length).toBeGreaterThanOrEqual(LABELS_AFTER_FIRST_FRAME_FROM);
    // The fit reads positions and sizes only (fit-box.ts nodesBox): every node is still in view.
    const view = await ui.page.locator('.graph[data-node-count]').first().boundingBox();
    for (const node of nodes) {
      expect(node.pageX, node.id).toBeGreaterThanOrEqual(view!.x);
      expect(node.pageX, node.id).toBeLessThanOrEqual(view!.x + view!.width);
      expect(node.pageY, node.id).toBeGreaterThanOrEqual(view!.y);
      expect(node.pageY, node.id).toBeLessThanOrEqual(view!.y + view!.height);
    }
    // Labels start hidden on a map this big (create.ts); the first fit shows the ones with room.
    const shown = nodes.filter((node) => node.box !== null);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(nodes.length);
    for (const node of shown) expect(node.fontPx).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
    expect(overlapping(shown.map((node) => ({ id: node.id, box: node.box! })))).toStrictEqual([]);
  });

  it('technology route by year: a year axis, no two nodes or visible labels overlapping, path labels first', async () => {
    await openMap(ui, `?view=tech-route&chain=${CHAIN}&limit=100&lang=en`);
    const nodes = (await mapNodes(ui.page)).filter((node) => node.visible);
    expect(nodes.length).toBeGreaterThan(20);
    expect(overlapping(nodes.map((node) => ({ id: node.id, box: node.body })))).toStrictEqual([]);
    const shown = nodes.filter((node) => node.box !== null);
    expect(shown.length).toBeGreaterThan(5);
    for (const node of shown) expect(node.fontPx).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
    expect(overlapping(shown.map((node) => ({ id: node.id, box: node.box! })))).toStrictEqual([]);
    const placed = await ui.page.evaluate(() => {
      type Node = { id(): string; data(key: string): unknown; position(): { x: number } };
      const container = document.querySelector<
        HTMLElement & { _cyreg?: { cy?: { nodes(): ArrayLike<Node> } } }
      >('.graph[data-node-count]');
      return Array.from(container?._cyreg?.cy?.nodes() ?? []).map((node) => ({
        id: node.id(),
        year: node.data('year') as number | null,
        onPath: node.data('onPath') === true,
        rank: Number(node.data('labelPriority')) || 0,
        x: node.position().x,
      }));
    });
    // A shown label covers no other node of its rank or above (labels stand right of their nodes
    // on this map; a main-path label may cover a minor node, never another path node).
    const rank = new Map(placed.map((node) => [node.id, node.rank]));
    for (const node of shown)
      for (const other of nodes)
        if (other.id !== node.id && (rank.get(other.id) ?? 0) >= (rank.get(node.id) ?? 0))
          expect(meet(node.box!, other.body), `${node.id} over ${other.id}`).toBe(false);
    // The axis names years in order; each node stands in its year's column.
    const marks = await ui.page.locator('[data-testid=map-axis] .map-axis-mark').evaluateAll((spans) =>
      spans.map((span) => {
        const box = span.getBoundingClientRect();
        return {
          key: (span as HTMLElement).dataset.axisKey ?? '',
          x1: box.left,
          x2: box.right,
          y1: box.top,
          y2: box.bottom,
        };
      }),
    );
    expect(marks.length).toBeGreaterThan(3);
    const years = marks.map((mark) => Number(mark.key)).filter(Number.isFinite);
    expect(years).toStrictEqual([...years].sort((a, b) => a - b));
    expect(overlapping(marks.map((mark) => ({ id: mark.key, box: mark })))).toStrictEqual([]);
    const columnOf = new Map<number, number>();
    for (const { year, x } of placed) {
      if (year === null) continue;
      expect(columnOf.get(year) ?? x, `year ${year}`).toBe(x);
      columnOf.set(year, x);
    }
    // Main path labels rank first where two would overlap: the path is named on the map.
    const labelled = new Set(shown.map((node) => node.id));
    const path = placed.filter((node) => node.onPath);
    expect(path.length).toBeGreaterThan(1);
    expect(path.filter((node) => labelled.has(node.id)).length).toBeGreaterThan(0);
  });

  it('two-column applicant → class map: columns headed, applicants left, labels readable and apart', async () => {
    await openMap(ui, '?view=applicant-cpc&lang=en&layout=breadthfirst');
    const headers = await ui.page.locator('[data-testid=map-axis] .map-axis-mark').allTextContents();
    expect(headers).toStrictEqual(['Applicant', 'CPC subclass']);
    const nodes = await mapNodes(ui.page);
    const applicants = nodes.filter((node) => node.kind === 'applicant');
    const classes = nodes.filter((node) => node.kind !== 'applicant');
    expect(new Set(applicants.map((node) => node.x)).size).toBe(1);
    expect(new Set(classes.map((node) => node.x)).size).toBe(1);
    expect(applicants[0]!.x).toBeLessThan(classes[0]!.x);
    expect(overlapping(nodes.map((node) => ({ id: node.id, box: node.body })))).toStrictEqual([]);
    const shown = nodes.filter((node) => node.box !== null);
    // Rows are taller than a label: every node keeps its label.
    expect(shown.length).toBe(nodes.length);
    for (const node of shown) expect(node.fontPx).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
    expect(overlapping(shown.map((node) => ({ id: node.id, box: node.box! })))).toStrictEqual([]);
  });
});
