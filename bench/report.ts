/**
 * `npm run bench:report [-- --sizes 3000,100000 --runs 3 --formats html,pdf,docx,xlsx --reuse-store]`: the
 * navigation report (all four formats) of a whole-corpus project on the generated demo corpus of
 * each size, loaded into a fresh bench Neo4j through the real ingest. Prints, per size, the build
 * time (chapters) and each format's render time per run, then the medians and the median total.
 * Target: ≤ 60 s for all four formats at 100k families. A renderer that fails (e.g. a placeholder
 * of server/features/reports/render/index.ts not built yet) is reported as such and timed as 0.
 * `--reuse-store` keeps a store that already holds exactly that many families (the 100k load takes
 * minutes); otherwise the store is reset and loaded. A benchmark, not a test: figures depend on the
 * machine's load.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localNeo4jConfigFromEnv, REPO_ROOT } from '@db/config';
import { resetLocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { ensureDemoCorpus } from '@demo/corpus';
import { createDatabase } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { readRows } from '@graph-schema/db/tx';
import { type Project, ProjectDefinition } from '@graph-schema/dto/project';
import {
  REPORT_FORMATS,
  type ReportChapterId,
  type ReportFormat,
  ReportFormat as ReportFormatSchema,
} from '@graph-schema/dto/report';
import { runIngest } from '@ingest/pipeline/ingest';
import { CHAPTER_BUILDERS } from '@server/features/reports/chapters';
import { generateReport } from '@server/features/reports/generate-report';
import { RENDERERS } from '@server/features/reports/render';
import type { Renderer } from '@server/features/reports/render/renderer';
import type { ChapterBuilder } from '@server/features/reports/report-context';
import { createServerContext } from '@server/platform/context';
import { z } from 'zod';
import { median } from './median';

const BENCH_INSTANCE = {
  homeDir: path.join(REPO_ROOT, '.patnav', 'neo4j-bench-report'),
  boltPort: Number(process.env.PATNAV_BENCH_BOLT_PORT ?? 17699),
  heap: '2g',
  pageCache: '2g',
};
const TARGET_S_AT_100K = 60;
const log = (line: string) => console.error(`[bench] ${line}`);

/** The whole corpus as one industry project: every chapter reads every family. */
const benchProject = (families: number): Project => ({
  id: `bench-${families}`,
  definition: ProjectDefinition.parse({ name: `基准测试 ${families} 族`, navigationType: 'industry' }),
  createdAt: '2026-12-04T00:00:00.000Z',
  updatedAt: '2026-12-04T00:00:00.000Z',
  datasets: [],
});

/** Renderers that record a failure instead of ending the run, so the built formats are still timed. */
function tolerant(failures: Map<ReportFormat, string>): Record<ReportFormat, Renderer> {
  const wrap =
    (format: ReportFormat, renderer: Renderer): Renderer =>
    async (input, progress) => {
      try {
        const bytes = await renderer(input, progress);
        // The PDF prints the HTML: without an HTML renderer its time says nothing.
        const html = failures.get('html');
        if (format === 'pdf' && html) failures.set('pdf', `it prints the HTML, which failed: ${html}`);
        return bytes;
      } catch (error) {
        failures.set(format, error instanceof Error ? error.message : String(error));
        return new Uint8Array();
      }
    };
  return Object.fromEntries(REPORT_FORMATS.map((f) => [f, wrap(f, RENDERERS[f])])) as Record<
    ReportFormat,
    Renderer
  >;
}

interface RunTimes {
  buildMs: number;
  renderMs: Partial<Record<ReportFormat, number>>;
  bytes: Partial<Record<ReportFormat, number>>;
}

const CountRow = z.object({ n: z.number() });

/** Families already in the store (0 when empty): `--reuse-store` skips the minutes-long reload. */
async function storedFamilies(db: ReturnType<typeof createDatabase>): Promise<number> {
  const [row] = await readRows(db, CountRow, 'MATCH (f:Family) RETURN count(f) AS n');
  return row?.n ?? 0;
}

async function benchSize(families: number, runs: number, formats: ReportFormat[], reuseStore: boolean) {
  const { files, aliasFile } = await ensureDemoCorpus(
    path.join(REPO_ROOT, '.cache', `bench-demo-${families}`),
    {
      families,
      seed: 42,
    },
  );
  // One store per size, so `--reuse-store` can keep each loaded corpus between invocations.
  const config = localNeo4jConfigFromEnv(process.env, {
    ...BENCH_INSTANCE,
    homeDir: `${BENCH_INSTANCE.homeDir}-${families}`,
  });
  if (!reuseStore) await resetLocalNeo4j(config, log);
  const db = createDatabase(await startLocalNeo4j(config, log));
  try {
    await applyMigrations(db);
    const stored = reuseStore ? await storedFamilies(db) : 0;
    if (reuseStore && stored === families) log(`reusing the loaded ${families} families`);
    else if (stored > 0)
      throw new Error(`the store holds ${stored} families, not ${families}: run without --reuse-store`);
    else {
      log(`loading ${families} families …`);
      await runIngest(db, files, {
        aliasFile,
        quarantineDir: path.join(REPO_ROOT, '.patnav', 'quarantine'),
      });
    }
    const failures = new Map<ReportFormat, string>();
    const times: RunTimes[] = [];
    for (let run = 1; run <= runs; run += 1) {
      // A fresh context per run: no analysis snapshot is shared between runs.
      const steps = chapterTimer();
      const report = await generateReport({
        builders: steps.builders,
        server: createServerContext(db),
        project: benchProject(families),
        pins: [],
        language: 'zh',
        today: new Date().toISOString().slice(0, 10),
        formats,
        renderers: tolerant(failures),
      });
      const entry: RunTimes = { buildMs: report.buildMs, renderMs: {}, bytes: {} };
      for (const file of report.files) {
        entry.renderMs[file.format] = failures.has(file.format) ? 0 : file.renderMs;
        entry.bytes[file.format] = file.bytes.byteLength;
      }
      times.push(entry);
      log(
        `${families} families, run ${run}, slowest chapters (each on its own, overlapping): ${steps.slowest(8)}`,
      );
      log(`${families} families, run ${run}: ${describeRun(entry, formats)}`);
    }
    return { families, times, failures };
  } finally {
    await db.driver.close();
    await stopLocalNeo4j(config, log);
  }
}

/**
 * Each chapter's own build time: the chapter builders wrapped with a clock. Chapters are built a few
 * at once (server/features/reports/build-concurrently.ts), so these times overlap and do not add up
 * to the build time.
 */
function chapterTimer() {
  const spent = new Map<string, number>();
  const builders = Object.fromEntries(
    Object.entries(CHAPTER_BUILDERS).map(([id, build]) => [
      id,
      (async (ctx, place) => {
        const started = performance.now();
        try {
          return await build(ctx, place);
        } finally {
          spent.set(id, performance.now() - started);
        }
      }) satisfies ChapterBuilder,
    ]),
  ) as Record<ReportChapterId, ChapterBuilder>;
  return {
    builders,
    slowest: (n: number) =>
      [...spent]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, n)
        .map(([id, ms]) => `${id} ${seconds(ms)} s`)
        .join(', '),
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const totalOf = (run: RunTimes) => run.buildMs + Object.values(run.renderMs).reduce((a, b) => a + b, 0);
const describeRun = (run: RunTimes, formats: ReportFormat[]) =>
  `build ${seconds(run.buildMs)} s, ${formats.map((f) => `${f} ${seconds(run.renderMs[f] ?? 0)} s`).join(', ')}, total ${seconds(totalOf(run))} s`;

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '3000,100000' },
      runs: { type: 'string', default: '3' },
      formats: { type: 'string', default: REPORT_FORMATS.join(',') },
      'reuse-store': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  const formats = values.formats.split(',').map((f) => ReportFormatSchema.parse(f.trim()));
  if (sizes.some((s) => !Number.isInteger(s) || s <= 0) || !Number.isInteger(runs) || runs < 1)
    throw new Error(
      '--sizes takes positive whole numbers separated by commas, --runs a positive whole number',
    );
  const header = ['families', 'build s', ...formats.map((f) => `${f} s`), 'total s', 'target'];
  const rows = [header.join('\t')];
  const notes: string[] = [];
  for (const size of sizes) {
    const { times, failures } = await benchSize(size, runs, formats, values['reuse-store']);
    const total = median(times.map(totalOf));
    const target =
      size >= 100_000 ? (total / 1000 <= TARGET_S_AT_100K ? 'met' : `missed (≤ ${TARGET_S_AT_100K} s)`) : '—';
    rows.push(
      [
        size,
        seconds(median(times.map((t) => t.buildMs))),
        ...formats.map((f) =>
          failures.has(f) ? 'n/a' : seconds(median(times.map((t) => t.renderMs[f] ?? 0))),
        ),
        seconds(total),
        failures.size > 0 ? `${target}, incomplete` : target,
      ].join('\t'),
    );
    for (const [format, message] of failures)
      notes.push(`${size} families: ${format} not timed — ${message}`);
  }
  console.log(`\nNavigation report benchmark (medians of ${runs} runs; language zh; whole-corpus project)`);
  console.log(rows.join('\n'));
  if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
