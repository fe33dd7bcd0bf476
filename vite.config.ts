/**
 * The web app build. Vitest has its own vitest.config.ts, so this file needs no `test` block
 * (a `root: 'web'` here would otherwise also root the tests in web/).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const API_TARGET = 'http://127.0.0.1:3000';
const apiProxy = { '/api': { target: API_TARGET, changeOrigin: false } };

export default defineConfig({
  root: 'web',
  // Same origin as the API: the server serves dist/web with @fastify/static at `/`.
  base: '/',
  // Imports use the tsconfig path aliases (@graph-schema/…), one definition for tsc, tsx, Vite and Vitest.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    // The output lies outside `root`, so Vite needs explicit permission to empty it.
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Two chunks are big on purpose and load only when needed: Cytoscape + layouts (~620 kB, graph
    // views) and exceljs (~930 kB, first Excel download). The entry chunk stays ~130 kB.
    chunkSizeWarningLimit: 1000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false, proxy: apiProxy },
  preview: { host: '127.0.0.1', proxy: apiProxy },
});
