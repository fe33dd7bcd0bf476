/**
 * Map rendering benchmark (not a test; `npm run bench:web`).
 * Builds bench/web-render-page.ts with Vite (the app's own graph modules), serves it on a loopback
 * port, and in headless Chromium renders synthetic maps of 1k, 5k and 20k elements with preset
 * positions, canvas vs WebGL, 3 runs each (a fresh page per run), then drags and wheels the map with
 * the mouse and records frame times, on two WebGL back ends
 * (GL_BACKENDS; `-- --gl system-gl` for one). Prints medians. Then times the 1,000-family citation
 * map on the real server, cold and warm (web-citation-map.ts); `-- --citation-map` runs only that.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type BrowserSession, CHROMIUM_ARGS, openBrowser, REPO_ROOT } from '@test/browser/harness';
import { build } from 'vite';
import { median } from './median';
import { benchCitationMap } from './web-citation-map';
import type { RenderTiming } from './web-render-page';

const SIZES = [1_000, 5_000, 20_000];
const RUNS = 3;

/**
 * WebGL back ends to compare. `--disable-gpu` (the test flags) leaves Chromium's SwiftShader, a
 * CPU emulation much slower than a driver; `system-gl` goes through ANGLE to the system's OpenGL
 * driver over EGL without a display — Mesa llvmpipe here (still the CPU, but a real driver), a GPU
 * driver on a machine that has one.
 */
const GL_BACKENDS = {
  swiftshader: CHROMIUM_ARGS,
  'system-gl': [
    ...CHROMIUM_ARGS.filter((flag) => flag !== '--disable-gpu'),
    '--use-gl=angle',
    '--use-angle=gl-egl',
    '--ozone-platform=headless',
    '--ignore-gpu-blocklist',
  ],
} as const;
type GlBackend = keyof typeof GL_BACKENDS;

/** `--gl swiftshader` or `--gl system-gl` picks one back end; both by default. */
function backendsFromArgs(argv: string[]): GlBackend[] {
  const asked = argv[argv.indexOf('--gl') + 1];
  if (argv.includes('--gl') && asked && asked in GL_BACKENDS) return [asked as GlBackend];
  return Object.keys(GL_BACKENDS) as GlBackend[];
}

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

/** What the page's WebGL actually runs on (ANGLE's renderer string), so a table says what it measured. */
async function webglRenderer(session: BrowserSession): Promise<string> {
  return session.page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL';
  });
}

interface RunResult extends RenderTiming {
  /** 90th percentile of frame intervals while dragging the map (what a pan feels like). */
  panFrameMs: number;
  /** The same while turning the mouse wheel. */
  zoomFrameMs: number;
}

type Column = Exclude<keyof RunResult, 'elements' | 'renderer'>;
const COLUMNS: Column[] = ['firstRenderMs', 'createMs', 'layoutMs', 'panFrameMs', 'zoomFrameMs'];
const GESTURE_STEPS = 15;

const percentile90 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)] ?? Number.NaN;

/** Drags the map's background (a corner inside the fit padding) with the mouse, then wheels over it. */
async function gestures(session: BrowserSession): Promise<{ panFrameMs: number; zoomFrameMs: number }> {
  const { page } = session;
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph is not on the page');
  const start = { x: box.x + 6, y: box.y + 6 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(() => window.bench!.startFrames());
  for (let step = 1; step <= GESTURE_STEPS; step++)
    await page.mouse.move(start.x + 24 * step, start.y + 14 * step);
  await page.mouse.up();
  const pan = await page.evaluate(() => window.bench!.stopFrames());
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => window.bench!.startFrames());
  for (let step = 0; step < GESTURE_STEPS; step++)
    await page.mouse.wheel(0, step < GESTURE_STEPS / 2 ? -120 : 120);
  const zoom = await page.evaluate(() => window.bench!.stopFrames());
  return { panFrameMs: percentile90(pan), zoomFrameMs: percentile90(zoom) };
}

async function benchBackend(backend: GlBackend, origin: string): Promise<string[]> {
  const session = await openBrowser({ viewport: { width: 1400, height: 900 }, args: GL_BACKENDS[backend] });
  const rows: string[] = [];
  try {
    await session.page.goto(origin);
    console.log(`\n${backend}: WebGL renderer = ${await webglRenderer(session)}`);
    for (const elements of SIZES) {
      for (const renderer of ['canvas', 'webgl'] as const) {
        const runs: RunResult[] = [];
        for (let run = 0; run < RUNS; run++) {
          await session.page.goto(origin);
          await session.page.waitForFunction(() => window.bench !== undefined);
          const timing = await session.page.evaluate(([n, choice]) => window.bench!.renderMap(n, choice), [
            elements,
            renderer,
          ] as const);
          runs.push({ ...timing, ...(await gestures(session)) });
        }
        const medians = COLUMNS.map((column) => median(runs.map((r) => r[column])).toFixed(0));
        rows.push([backend, elements, renderer, ...medians].join('\t'));
        console.log(rows.at(-1));
      }
    }
    if (session.problems.length > 0) console.log('browser console errors:', session.problems);
  } finally {
    await session.close();
  }
  return rows;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (!argv.includes('--citation-map')) await benchSyntheticMaps(argv);
  for (const line of await benchCitationMap()) console.log(line);
}

async function benchSyntheticMaps(argv: string[]): Promise<void> {
  await buildPage();
  const server = await serve();
  const rows: string[] = [];
  try {
    for (const backend of backendsFromArgs(argv)) rows.push(...(await benchBackend(backend, server.origin)));
  } finally {
    server.close();
  }
  console.log(
    `\nback end\telements\trenderer\tfirst render ms\tcreate ms\tlayout ms\tpan frame ms\tzoom frame ms   (medians of ${RUNS} runs; frame ms = 90th percentile of frame intervals during a ${GESTURE_STEPS}-step mouse drag / wheel)`,
  );
  for (const row of rows) console.log(row);
}

await main();
