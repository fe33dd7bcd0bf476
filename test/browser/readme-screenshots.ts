/**
 * `npx tsx test/browser/readme-screenshots.ts [baseUrl] [--only name,name]` — the README screenshots
 * (test/browser/readme-shots.ts lists them: every view of the registry, the patent drawer, the scope
 * chips, a gap cell and the search results page), taken from a running PatNav (default
 * http://localhost:3000, started with `npm start` on the demo corpus) at 1440 × 900 into
 * docs/screenshots/ and at 1024 × 768 into docs/screenshots/1024/ (with the details panel collapsed, as
 * a user at that width keeps it, so maps get the width). The report view needs a project:
 * the script uses the first one by name, or creates "锂电池专利导航示例" when there is none.
 * Accounts are on by default, so the script signs in with an API token: `PATNAV_TOKEN` when set,
 * else one made by `npm run -s token -- --user admin --role analyst` (README, "Accounts"), which works
 * on a fresh start too (a token acts without the one-time password change a browser session needs).
 * The browser sends it as `Authorization: Bearer` on every request.
 * Prints each file with its size; exits 1 when a shot fails or the page logs a console error.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Project, ProjectSummary } from '@graph-schema/dto/project';
import { z } from 'zod';
import { openBrowser, REPO_ROOT } from './harness';
import { PROJECT_TOKEN, type ReadmeShot, SHOTS } from './readme-shots';
import { settle } from './real-server';

const SIZES = [
  { width: 1440, height: 900, dir: path.join(REPO_ROOT, 'docs', 'screenshots') },
  { width: 1024, height: 768, dir: path.join(REPO_ROOT, 'docs', 'screenshots', '1024') },
] as const;
/** Cold Neo4j answers on the first pages of a run can take this long. */
const UI_TIMEOUT = 120_000;

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : undefined;
const base =
  args.find((arg, i) => !arg.startsWith('--') && (onlyAt < 0 || i !== onlyAt + 1)) ?? 'http://localhost:3000';

/** The API token the script acts with (see the header). */
function apiToken(): string {
  if (process.env.PATNAV_TOKEN) return process.env.PATNAV_TOKEN;
  const made = execFileSync(
    'npm',
    ['run', '-s', 'token', '--', '--user', 'admin', '--role', 'analyst', '--name', 'readme-screenshots'],
    { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const token = made.trim().split('\n').pop() ?? '';
  if (token === '') throw new Error('npm run token printed no token');
  return token;
}

const authorization = { authorization: `Bearer ${apiToken()}` };

async function demoProjectId(): Promise<string> {
  const answer = await fetch(`${base}/api/projects`, { headers: authorization });
  if (!answer.ok) throw new Error(`listing projects: HTTP ${answer.status}`);
  const listed = z.array(ProjectSummary).parse(await answer.json());
  if (listed[0]) return listed[0].id;
  const response = await fetch(`${base}/api/projects`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization },
    body: JSON.stringify({
      name: '锂电池专利导航示例',
      navigationType: 'enterprise',
      boundary: { chain: 'lithium-battery' },
      offices: ['CN', 'US'],
      target: { key: '翠峰锂业', name: '翠峰锂业' },
    }),
  });
  if (response.status !== 201) throw new Error(`creating the demo project: HTTP ${response.status}`);
  return Project.parse(await response.json()).id;
}

async function takeShots(size: (typeof SIZES)[number], shots: readonly ReadmeShot[], projectId: string) {
  await mkdir(size.dir, { recursive: true });
  const session = await openBrowser({ viewport: { width: size.width, height: size.height } });
  session.page.setDefaultTimeout(UI_TIMEOUT);
  await session.page.context().setExtraHTTPHeaders(authorization);
  // At 1024 px a user collapses the details panel so maps get the width (the choice is remembered).
  if (size.width < 1200)
    await session.page.addInitScript(() => {
      if (localStorage.getItem('patnav.detailsCollapsed') === null)
        localStorage.setItem('patnav.detailsCollapsed', '1');
    });
  const failed: string[] = [];
  try {
    for (const shot of shots) {
      try {
        const query = shot.query.replace(PROJECT_TOKEN, encodeURIComponent(projectId));
        await session.page.goto(`${base}/?lang=${shot.lang}&${query}`);
        await session.page.locator(shot.ready).first().waitFor();
        await shot.prepare?.(session.page);
        // Maps animate their fit and charts their entry; wait for quiet, then one more frame.
        await session.page.waitForLoadState('networkidle');
        await session.page.waitForTimeout(1500);
        // Clicks may have scrolled the page; every shot starts at the page top (the header shows).
        await session.page.evaluate(() => window.scrollTo(0, 0));
        await settle(session.page);
        const file = path.join(size.dir, `${shot.name}.png`);
        const clip = { x: 0, y: 0, width: size.width, height: size.height * (shot.screens ?? 1) };
        await session.page.screenshot({ path: file, fullPage: true, clip });
        console.log(`${path.relative(REPO_ROOT, file)}  ${Math.round((await stat(file)).size / 1024)} KB`);
      } catch (error) {
        failed.push(`${size.width}/${shot.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const problems = session.problems.map((problem) => JSON.stringify(problem));
    return [...failed, ...problems];
  } finally {
    await session.close();
  }
}

const shots = SHOTS.filter((shot) => !only || only.has(shot.name));
const projectId = await demoProjectId();
const failures: string[] = [];
for (const size of SIZES) failures.push(...(await takeShots(size, shots, projectId)));
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exitCode = 1;
}
