/**
 * How a worker runs TypeScript. Node 20 does not apply the loader hooks given by `--import tsx`
 * (tsx's own way of running server/main.ts) to a worker's modules, under `tsx` or under Vitest
 * (which transforms modules itself, without a Node loader): "Unknown file extension .ts". So a
 * worker starts from a one-line JavaScript bootstrap that registers tsx's loader in its own
 * thread (tsx/esm/api `register`), then imports the TypeScript entry; tsx also resolves the
 * tsconfig path aliases (@server/…). The parent's tsx flags are dropped so the loader is
 * registered once.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** tsx's ESM API, by absolute URL so the bootstrap resolves it whatever the process's directory. */
function tsxApiUrl(): string {
  const required = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(required.replace(/\.cjs$/, '.mjs')).href;
}

/** The eval'd bootstrap of a worker that runs the TypeScript module at `entryUrl`. */
export function tsWorkerBootstrap(entryUrl: string): string {
  const api = JSON.stringify(tsxApiUrl());
  return `import(${api}).then(({ register }) => { register(); return import(${JSON.stringify(entryUrl)}); });`;
}

/** The parent's Node flags without tsx's (the bootstrap registers tsx in the worker itself). */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    const next = execArgv[i + 1];
    if ((arg === '--require' || arg === '--import') && next?.includes('tsx')) i++;
    else if (!arg.includes('tsx')) kept.push(arg);
  }
  return kept;
}
