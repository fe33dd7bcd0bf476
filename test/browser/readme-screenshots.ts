/**
 * `npx tsx test/browser/readme-screenshots.ts [baseUrl] [--only name,name]` — screenshots of each
 * main view for the README, taken from a running PatNav (default http://localhost:3000) with the
 * demo corpus. The risk screenshot with a claim chart comes from views-smoke-2.ts: leave `risk` out
 * with `--only` to keep it.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openBrowser, REPO_ROOT } from './harness';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : undefined;
const base =
  args.find((arg, i) => !arg.startsWith('--') && (onlyAt < 0 || i !== onlyAt + 1)) ?? 'http://localhost:3000';
const OUT = path.join(REPO_ROOT, 'docs', 'screenshots');
const VIEWS: Array<[name: string, query: string]> = [
  ['landscape', 'view=landscape&lang=en'],
  ['applicant-cpc', 'view=applicant-cpc&lang=zh'],
  ['chain-panorama', 'view=chain-panorama&lang=zh&chain=lithium-battery'],
  ['gaps', 'view=gaps&lang=en&chain=lithium-battery'],
  ['tech-effect', 'view=tech-effect&lang=zh&chain=lithium-battery'],
  ['applicant-branch', 'view=applicant-branch&lang=en&chain=lithium-battery'],
  ['collaboration', 'view=collaboration&lang=zh'],
  ['core-patents', 'view=core-patents&lang=en'],
  ['tech-route', 'view=tech-route&lang=en'],
  ['risk', 'view=risk&lang=zh'],
  ['ingest', 'view=ingest&lang=en'],
];

const session = await openBrowser({ viewport: { width: 1440, height: 900 } });
await mkdir(OUT, { recursive: true });
try {
  for (const [name, query] of VIEWS) {
    if (only && !only.has(name)) continue;
    await session.page.goto(`${base}/?${query}`);
    await session.page.waitForLoadState('networkidle');
    await session.page.waitForTimeout(2500);
    const file = path.join(OUT, `${name}.png`);
    await session.page.screenshot({ path: file });
    console.log(file);
  }
  if (session.problems.length > 0) console.error(JSON.stringify(session.problems, null, 2));
} finally {
  await session.close();
}
