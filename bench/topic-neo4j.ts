/**
 * `bench:topic -- --neo4j`: the cold topic map as the server builds it, from a database — the demo
 * corpus of the size loaded into the benchmark's own Neo4j (`.patnav/neo4j-bench-topic-<size>`,
 * bolt PATNAV_BENCH_BOLT_PORT or 17697, heap/page cache from PATNAV_NEO4J_HEAP/PAGECACHE, 2g each
 * by default) through the real ingest, then: the whole-corpus scope snapshot (families and their
 * representatives), the streaming read of the representatives' texts with tokenising as rows arrive
 * (what topic-build.ts does; the tokenising is timed apart), and the model steps.
 * `--reuse-store` keeps a store that already holds exactly that many families (the 100k load takes
 * minutes); otherwise the store is reset and loaded.
 */
import path from 'node:path';
import { localNeo4jConfigFromEnv, REPO_ROOT } from '@db/config';
import { resetLocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { ensureDemoCorpus } from '@demo/corpus';
import { createDatabase, type Database } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { readRows } from '@graph-schema/db/tx';
import { ScopeQuery } from '@graph-schema/dto/scope';
import { runIngest } from '@ingest/pipeline/ingest';
import { TermCollector } from '@server/analytics/topic/sparse-tfidf';
import { DEFAULT_TOPIC_PARAMETERS, type TopicModel, topicModel } from '@server/analytics/topic/topic-model';
import { TOPIC_TEXTS, TopicTextRow, topicTextParts } from '@server/features/maps/topic-cypher';
import { familyTokens, SurfaceForms } from '@server/features/maps/topic-text';
import { createServerContext } from '@server/platform/context';
import { streamRows } from '@server/platform/db/read';
import type { AnalysisSnapshot } from '@server/platform/snapshot/snapshot';
import { z } from 'zod';
import { StepClock } from './topic-clock';

const log = (line: string) => console.error(`[bench] ${line}`);

async function storedFamilies(db: Database): Promise<number> {
  const [row] = await readRows(db, z.object({ n: z.number() }), 'MATCH (f:Family) RETURN count(f) AS n');
  return row?.n ?? 0;
}

/** A store holding the demo corpus of `families` (loaded now unless `reuse` finds it there). */
async function loadedStore(families: number, reuse: boolean) {
  const config = localNeo4jConfigFromEnv(process.env, {
    homeDir: path.join(REPO_ROOT, '.patnav', `neo4j-bench-topic-${families}`),
    boltPort: Number(process.env.PATNAV_BENCH_BOLT_PORT ?? 17697),
    heap: process.env.PATNAV_NEO4J_HEAP ?? '2g',
    pageCache: process.env.PATNAV_NEO4J_PAGECACHE ?? '2g',
  });
  if (!reuse) await resetLocalNeo4j(config, log);
  const stop = () => stopLocalNeo4j(config, log);
  // A start that times out (a busy machine) leaves the JVM running: stop it before giving up.
  const connection = await startLocalNeo4j(config, log).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  const db = createDatabase(connection);
  try {
    await fillStore(db, families, reuse);
  } catch (error) {
    await db.driver.close();
    await stop();
    throw error;
  }
  return { db, stop };
}

async function fillStore(db: Database, families: number, reuse: boolean): Promise<void> {
  const { files, aliasFile } = await ensureDemoCorpus(
    path.join(REPO_ROOT, '.cache', `bench-demo-${families}`),
    {
      families,
      seed: 42,
    },
  );
  await applyMigrations(db);
  const stored = reuse ? await storedFamilies(db) : 0;
  if (reuse && stored === families) log(`reusing the loaded ${families} families`);
  else if (stored > 0)
    throw new Error(`the store holds ${stored} families, not ${families}: run without --reuse-store`);
  else {
    log(`loading ${families} families …`);
    const started = performance.now();
    await runIngest(db, files, { aliasFile, quarantineDir: path.join(REPO_ROOT, '.patnav', 'quarantine') });
    log(`loaded in ${((performance.now() - started) / 1000).toFixed(0)} s (not timed below)`);
  }
}

/** topic-build.ts's read, with the tokenising in `onRow` timed apart from the read around it. */
async function readAndTokenise(db: Database, snapshot: AnalysisSnapshot, clock: StepClock) {
  const rowOf = new Map(snapshot.families.map((family, r) => [family.representativeId, r]));
  const tokenising = { wallS: 0, cpuS: 0 };
  const collector = await clock.runAsync('read', () =>
    streamRows(db, TopicTextRow, TOPIC_TEXTS, { ids: [...rowOf.keys()] }, () => {
      const c = new TermCollector(snapshot.families.length);
      const forms = new SurfaceForms();
      return {
        onRow: (row) => {
          const [wall, cpu] = [performance.now(), process.cpuUsage()];
          const parts = topicTextParts(row);
          c.set(rowOf.get(row.id)!, familyTokens(parts));
          forms.observe(parts.join(' '));
          const used = process.cpuUsage(cpu);
          tokenising.wallS += (performance.now() - wall) / 1000;
          tokenising.cpuS += (used.user + used.system) / 1e6;
        },
        finish: () => c,
      };
    }),
  );
  clock.moveOut('read', 'tokenise', tokenising);
  return collector;
}

/** The cold map of the whole corpus from the database, step by step. */
export async function benchFromNeo4j(
  families: number,
  reuse: boolean,
): Promise<{ clock: StepClock; model: TopicModel }> {
  const { db, stop } = await loadedStore(families, reuse);
  try {
    const clock = new StepClock();
    const context = createServerContext(db);
    const snapshot = await clock.runAsync('snapshot', () => context.snapshots.snapshot(ScopeQuery.parse({})));
    const collector = await readAndTokenise(db, snapshot, clock);
    const model = topicModel(collector, DEFAULT_TOPIC_PARAMETERS, clock.run);
    return { clock, model };
  } finally {
    await db.driver.close();
    await stop();
  }
}
