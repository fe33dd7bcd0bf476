/**
 * `npm run bench:topic [-- --sizes 10000,100000] [--neo4j [--reuse-store]]`: the topic map's cold
 * build and warm answer on the demo corpus of each size, step by step (wall and CPU seconds each):
 * - in process (default): the families' texts from the demo generator (as the server reads them:
 *   both titles, the Chinese abstract or else the English one, claim 1 of a CN member where the
 *   family has one; generating is not timed), then tokenise (jieba + Porter, capped per family),
 *   tfidf, kmeans, layout, density, contours, peaks;
 * - `--neo4j` (bench/topic-neo4j.ts): from the corpus loaded into the benchmark's own Neo4j, as a
 *   user waits for it: the scope snapshot, the read of the texts, tokenise (during the read, timed
 *   apart) and the same model steps;
 * - warm: the second request of the scope: the built map from the cache primitive the server uses
 *   (LruCache via VersionedCache) and its bounded JSON answer.
 * Target: ≤ 30 s cold at 100k on this machine, warm instant.
 */
import { parseArgs } from 'node:util';
import { iterateCorpus, planCorpus, resolveCorpusOptions } from '@demo/generate';
import type { DemoPatent } from '@demo/types';
import { TermCollector } from '@server/analytics/topic/sparse-tfidf';
import { DEFAULT_TOPIC_PARAMETERS, type TopicModel, topicModel } from '@server/analytics/topic/topic-model';
import { familyTokens } from '@server/features/maps/topic-text';
import { LruCache } from '@server/platform/cache/lru-cache';
import { StepClock } from './topic-clock';
import { benchFromNeo4j } from './topic-neo4j';

const TARGET_COLD_S_AT_100K = 30;
const log = (line: string) => console.error(`[bench] ${line}`);

/** One text per family, from the member the server would most likely pick (CN first: it has zh text). */
function familyTexts(families: number): Array<Array<string | undefined>> {
  const chosen = new Map<string, DemoPatent>();
  for (const patent of iterateCorpus(planCorpus(resolveCorpusOptions({ families })))) {
    const current = chosen.get(patent.familyId);
    if (!current || (current.office !== 'CN' && patent.office === 'CN')) chosen.set(patent.familyId, patent);
  }
  return [...chosen.values()].map((p) => [
    p.title.zh,
    p.title.en,
    p.abstract.zh ?? p.abstract.en,
    p.claims[0]?.text,
  ]);
}

/** What the route sends for a built map (contours, peaks, clusters, ≤ 1500 dots), as JSON. */
function answerOf(model: TopicModel): string {
  const step = Math.max(1, model.clusteredRows / 1500);
  const dots: number[] = [];
  for (let k = 0; k < Math.min(1500, model.clusteredRows); k++) {
    const r = Math.floor(k * step);
    dots.push(model.positions[2 * r]!, model.positions[2 * r + 1]!);
  }
  const peaks = model.peaks.map(({ rows, ...peak }) => ({ ...peak, families: rows.length }));
  return JSON.stringify({ contours: model.contours, peaks, clusters: model.clusters, dots });
}

/** Cold from generated texts in process: tokenise, then the model steps. */
function coldInProcess(families: number): { clock: StepClock; model: TopicModel } {
  const generateStarted = performance.now();
  const texts = familyTexts(families);
  const generateS = (performance.now() - generateStarted) / 1000;
  log(`${families}: generated ${texts.length} family texts in ${generateS.toFixed(1)} s (not timed below)`);
  const clock = new StepClock();
  const collector = clock.run('tokenise', () => {
    const c = new TermCollector(texts.length);
    texts.forEach((parts, r) => {
      c.set(r, familyTokens(parts));
    });
    return c;
  });
  return { clock, model: topicModel(collector, DEFAULT_TOPIC_PARAMETERS, clock.run) };
}

async function benchSize(families: number, options: { neo4j: boolean; reuseStore: boolean }) {
  const { clock, model } = options.neo4j
    ? await benchFromNeo4j(families, options.reuseStore)
    : coldInProcess(families);
  const cache = new LruCache<TopicModel>({ maxEntries: 8, maxBytes: 1e9, sizeOf: () => 1 });
  await cache.getOrBuild('scope', async () => model);
  const warmStarted = performance.now();
  const cached = await cache.getOrBuild('scope', async () => model);
  const answer = answerOf(cached);
  const warmMs = performance.now() - warmStarted;
  const cold = clock.total();
  console.log(
    `topic-map ${families} families${options.neo4j ? ' from Neo4j' : ''}: cold ${cold.wallS.toFixed(1)} s (cpu ${cold.cpuS.toFixed(1)} s) = ${clock.describe()}; ` +
      `${model.clusters.length} clusters, ${model.iterations} iterations on ${model.kmeansFittedRows} families, ` +
      `${model.vocabularySize} terms, ${model.peaks.length} peaks; warm ${warmMs.toFixed(0)} ms (answer ${(answer.length / 1024).toFixed(0)} KiB)`,
  );
  return cold.wallS;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      neo4j: { type: 'boolean', default: false },
      'reuse-store': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  for (const size of sizes) {
    const coldS = await benchSize(size, { neo4j: values.neo4j, reuseStore: values['reuse-store'] });
    if (size >= 100_000)
      console.log(
        `target ≤ ${TARGET_COLD_S_AT_100K} s cold at 100k: ${coldS <= TARGET_COLD_S_AT_100K ? 'met' : 'NOT met'} (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on this machine)`,
      );
  }
}

await main();
