/**
 * `npm run bench:ingest-bulk-node [-- --sizes 100000,300000]`: the bulk first load's two Node steps
 * alone — read into the in-memory graph, write the import CSV files — with no Neo4j, per size, with
 * wall, CPU and GC seconds per step (step-usage.ts) and the CSV files' SHA-256 digest. For comparing
 * two versions of ingest/bulk on the same corpus (run them interleaved; equal digests = same bytes)
 * and for seeing how each step scales with the corpus (issue 15: the CSV step grew 24× for 10× data).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '@db/config';
import { ensureDemoCorpus } from '@demo/corpus';
import { readIntoGraph } from '@ingest/bulk/read';
import { writeImportFiles } from '@ingest/bulk/write-csv';
import { formatStepUsage, StepUsageMeter } from './step-usage';

/** A fixed time stamp, so two runs write the same bytes. */
const UPDATED_AT = '2026-01-01T00:00:00.000Z';

function digestOf(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest('hex').slice(0, 16);
}

async function benchSize(size: number, batchSize: number | undefined): Promise<string> {
  const { files, aliasFile } = await ensureDemoCorpus(path.join(REPO_ROOT, '.cache', `bench-demo-${size}`), {
    families: size,
    seed: 42,
  });
  const work = path.join(os.tmpdir(), `patnav-bench-bulk-node-${process.pid}`);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const meter = new StepUsageMeter();
  const wall: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => Promise<T>) => {
    const started = performance.now();
    meter.onStep(name, 'start');
    const result = await work();
    meter.onStep(name, 'end');
    wall[name] = (performance.now() - started) / 1000;
    return result;
  };
  try {
    const { graph } = await timed('read', () =>
      readIntoGraph(files, { aliasFile, quarantineDir: work, ...(batchSize ? { batchSize } : {}) }, work),
    );
    const csvDir = path.join(work, 'csv');
    const out = await timed('csv', () => writeImportFiles(graph, csvDir, UPDATED_AT));
    graph.texts.close();
    const rss = process.memoryUsage().rss / 1024 ** 3;
    return (
      `${size.toLocaleString('en')} | read ${wall.read!.toFixed(1)} s, csv ${wall.csv!.toFixed(1)} s | ` +
      `Node CPU/GC s: ${formatStepUsage(meter.usage)} | ${out.nodeCount} nodes, ${out.relationshipCount} ` +
      `relationships | CSV sha256 ${digestOf(csvDir)} | RSS ${rss.toFixed(2)} GB`
    );
  } finally {
    meter.stop();
    await rm(work, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '100000' }, 'batch-size': { type: 'string' } },
});
const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
for (const size of values.sizes.split(',').map(Number)) console.log(await benchSize(size, batchSize));
