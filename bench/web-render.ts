/**
 * Map rendering benchmark (not a test; `npx tsx bench/web-render.ts`, later `npm run bench:web`).
 * Builds bench/web-render-page.ts with Vite (the app's own graph modules), serves it on a loopback
 * port, and in headless Chromium renders synthetic maps of 1k, 5k and 20k elements with preset
 * positions, canvas vs WebGL, 3 runs each (a fresh page per run). Prints medians.
 * Note: headless Chromium draws WebGL with SwiftShader on the CPU; judge WebGL on a real GPU.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'vite';
import { openBrowser, REPO_ROOT } from '../test/browser/harness';
import type { RenderTiming } from './web-render-page';

const SIZES = [1_000, 5_000, 20_000];
const RUNS = 3;
const OUT_DIR = path.join(REPO_ROOT, '.cache', 'bench-web');
const PAGE = `<!doctype html><meta charset="utf-8"><title>PatNav render bench</title><link rel="icon" href="data:,">
<div id="graph" style="width:1280px;height:800px"></div><script type="module" src="/bench.js"></script>`;

async function buildPage(): Promise<void> {
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: path.join(REPO_ROOT, 'bench', 'web-render-page.ts'),
        output: { entryFileNames: 'bench.js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
}

async function serve(): Promise<{ origin: string; close(): void }> {
  const server = createServer(async (request, response) => {
    const name = (request.url ?? '/').split('?')[0] ?? '/';
    if (name === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    try {
      const body = await readFile(path.join(OUT_DIR, path.basename(name)));
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  await buildPage();
  const server = await serve();
  const session = await openBrowser({ viewport: { width: 1400, height: 900 } });
  const rows: string[] = [];
  try {
    for (const elements of SIZES) {
      for (const webgl of [false, true]) {
        const runs: RenderTiming[] = [];
        for (let run = 0; run < RUNS; run++) {
          await session.page.goto(server.origin);
          await session.page.waitForFunction(() => window.renderOnce !== undefined);
          runs.push(
            await session.page.evaluate(([n, gl]) => window.renderOnce!(n, gl), [elements, webgl] as const),
          );
        }
        const pick = (key: 'firstRenderMs' | 'layoutMs' | 'panFrameMs') =>
          median(runs.map((r) => r[key])).toFixed(0);
        rows.push(
          [
            elements,
            webgl ? 'webgl' : 'canvas',
            runs[0]?.renderer,
            pick('firstRenderMs'),
            pick('layoutMs'),
            pick('panFrameMs'),
          ].join('\t'),
        );
        console.log(rows.at(-1));
      }
    }
  } finally {
    await session.close();
    server.close();
  }
  console.log(`\nelements\tasked\tactual\tfirst render ms\tlayout ms\tpan frame ms   (median of ${RUNS})`);
  for (const row of rows) console.log(row);
  if (session.problems.length > 0) console.log('\nbrowser console errors:', session.problems);
}

await main();
