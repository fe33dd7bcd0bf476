/**
 * Labels never cover other nodes (issue 12, "Maps"), in headless Chromium on the real server and
 * Neo4j (shared demo corpus): on the force-directed maps (the default applicant × CPC network, the
 * co-applicant network, an applicant's branch map) and the citation map of the technology route, at
 * fit, at 1440×900 and 1024×768, no shown label box meets another node's body box or another shown
 * label box (Cytoscape renderedBoundingBox with and without labels). Labels that had no free side
 * are hidden, so the test also checks that the top-ranked nodes are still named.
 */

import { describe, expect, it } from 'vitest';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';
import { mapNodes, meet, openMap } from './helpers/map-nodes';

const MAPS = [
  '?view=applicant-cpc&lang=en',
  '?view=collaboration&lang=zh',
  '?view=applicant-branch&lang=en&chain=lithium-battery&layout=fcose',
  '?view=tech-route&chain=lithium-battery&lang=en',
] as const;

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

describe('map labels stay off other nodes', () => {
  let ui: BrowserApp;
  useBrowserApp((running) => {
    ui = running;
  });

  for (const viewport of VIEWPORTS)
    for (const query of MAPS)
      it(`at fit, ${viewport.width}×${viewport.height}: ${query}`, async () => {
        await ui.page.setViewportSize(viewport);
        await openMap(ui, query);
        const nodes = (await mapNodes(ui.page)).filter((node) => node.visible);
        const shown = nodes.filter((node) => node.box !== null);
        expect(nodes.length).toBeGreaterThan(3);
        expect(shown.length).toBeGreaterThan(0);
        const problems: string[] = [];
        for (const node of shown) {
          for (const other of nodes)
            if (other.id !== node.id && meet(node.box!, other.body))
              problems.push(`${node.id} over ${other.id}`);
          for (const other of shown)
            if (other.id < node.id && meet(node.box!, other.box!)) problems.push(`${node.id} × ${other.id}`);
        }
        expect(problems).toStrictEqual([]);
        // Labels are placed in rank order, so the top-ranked nodes are named first; a hub ringed by
        // its neighbours on every side (and over its own shape) can still lose its label at 1024 px.
        const top = [...nodes].sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : 1)).slice(0, 5);
        expect(top.filter((node) => node.labelShown).length).toBeGreaterThan(0);
      });
});
