/**
 * `npm run bench:ingest-bulk-node [-- --sizes 100000,300000]`: the bulk first load's two Node steps
 * alone — read into the in-memory graph, write the import CSV files — with no Neo4j, per size, in
 * the reading process the load uses (ingest/bulk/node-steps-process.ts, with its heap flags;
 * PATNAV_BULK_HEAP_MB overrides its heap), with wall, CPU and GC seconds per step, that process's
 * peak RSS and the CSV files' SHA-256 digest. For comparing
 * two versions of ingest/bulk on the same corpus (run them interleaved; equal digests = same bytes)
 * and for seeing how each step scales with the corpus (issue 15: the CSV step grew 24× for 10× data).
 */
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '@db/config';
import { ensureDemoCorpus } from '@demo/corpus';
import { runNodeStepsInProcess } from '@ingest/bulk/node-steps-process';
import { formatStepUsage, StepUsageMeter } from './step-usage';

/** A fixed time stamp, so two runs write the same bytes. */
const UPDATED_AT = '2026-01-01T00:00:00.000Z';

/** Streams each file through the hash: at 1M families patents.csv alone is 3.6 GB (over readFileSync's 2 GiB). */
async function digestOf(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) {
    hash.update(file);
    for await (const chunk of createReadStream(path.join(dir, file))) hash.update(chunk as Buffer);
  }
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
  const started: Record<string, number> = {};
  try {
    const { csv, peakRssBytes } = await runNodeStepsInProcess(
      {
        files,
        options: { aliasFile, quarantineDir: work, ...(batchSize ? { batchSize } : {}) },
        workDir: work,
        updatedAt: UPDATED_AT,
      },
      {
        onStep: (name, phase, usage) => {
          if (phase === 'start') started[name] = performance.now();
          else wall[name] = (performance.now() - started[name]!) / 1000;
          meter.onStep(name, phase, usage);
        },
      },
    );
    return (
      `${size.toLocaleString('en')} | read ${wall.read!.toFixed(1)} s, csv ${wall.csv!.toFixed(1)} s | ` +
      `Node CPU/GC s: ${formatStepUsage(meter.usage)} | ${csv.nodeCount} nodes, ${csv.relationshipCount} ` +
      `relationships | CSV sha256 ${await digestOf(path.join(work, 'csv'))} | ` +
      `peak RSS ${(peakRssBytes / 1024 ** 3).toFixed(2)} GB`
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
