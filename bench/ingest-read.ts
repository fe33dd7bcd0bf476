/**
 * `npm run bench:ingest-read [-- --size 100000 --runs 1]`: the per-record read path that both load
 * paths share, stage by stage, without Neo4j. Pass 1 only splits the files into rows (unzip + XML
 * for .xlsx, CSV parse for .csv); pass 2 runs the whole read path and times each stage in turn:
 * reader (rows + record mapping + normalise + field limits + office rules), validation (zod),
 * enrich (chain tags + WIPO fields + expiry), dedupe + toBatchRows per 5,000-record batch.
 * "mapping" = reader − rows. Peak RSS is this process's high-water mark (the corpus is streamed).
 * Profile with `node --cpu-prof --cpu-prof-dir=/tmp/prof-read --import tsx bench/ingest-read.ts`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '@db/config';
import { dedupeByPublication } from '@ingest/load/loader';
import { type LoadableRecord, toBatchRows } from '@ingest/load/rows';
import { loadAliasTable } from '@ingest/normalise/aliases';
import { enrich } from '@ingest/pipeline/enrich';
import { prepareTagging } from '@ingest/pipeline/ingest';
import { readPatentFile } from '@ingest/read';
import { readDelimitedRows } from '@ingest/readers/table-source';
import { readXlsxRows } from '@ingest/readers/xlsx-source';
import { PatentRecord } from '@ingest/record';
import { z } from 'zod';

const Manifest = z.object({ files: z.array(z.string()), aliasFile: z.string().optional() });
const BATCH = 5000;

/**
 * Stages are timed with the wall clock (cheap enough to call around every record); the whole path
 * also with this process's CPU time (user + system, GC threads included), which is what to
 * compare on a machine shared with other benchmarks.
 */
function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** `.cache/bench-demo-<size>` (as bench:ingest made it), or `--dir` (e.g. .cache/bench-demo-3000-42). */
async function corpus(dir: string) {
  const { readFile } = await import('node:fs/promises');
  const manifest = Manifest.parse(JSON.parse(await readFile(path.join(dir, 'demo-manifest.json'), 'utf8')));
  return {
    files: manifest.files.map((file) => path.join(dir, file)),
    aliasFile: manifest.aliasFile ? path.join(dir, manifest.aliasFile) : undefined,
  };
}

async function rowsOnly(
  files: string[],
): Promise<{ rows: number; ms: number; cpu: number; perFile: string[] }> {
  const started = cpuNow();
  const wallStarted = performance.now();
  let rows = 0;
  const perFile: string[] = [];
  for (const file of files) {
    const fileStarted = performance.now();
    const source = file.endsWith('.xlsx')
      ? readXlsxRows(file)
      : readDelimitedRows(file, { encoding: 'utf8', delimiter: ',' });
    for await (const _ of source) rows += 1;
    perFile.push(`${path.extname(file).slice(1)} ${ms(performance.now() - fileStarted)}`);
  }
  return { rows, ms: performance.now() - wallStarted, cpu: cpuNow() - started, perFile };
}

interface StageFigures {
  records: number;
  rejected: number;
  reader: number;
  validate: number;
  enrich: number;
  batchRows: number;
  total: number;
  wall: number;
}

async function wholePath(files: string[], aliasFile: string | undefined): Promise<StageFigures> {
  const tagging = await prepareTagging(null, { quarantineDir: '' });
  const aliases = loadAliasTable(aliasFile);
  const figures: StageFigures = {
    records: 0,
    rejected: 0,
    reader: 0,
    validate: 0,
    enrich: 0,
    batchRows: 0,
    total: 0,
    wall: 0,
  };
  const started = cpuNow();
  const wallStarted = performance.now();
  const now = () => performance.now();
  let batch: LoadableRecord[] = [];
  const flush = () => {
    const t = now();
    toBatchRows(dedupeByPublication(batch));
    figures.batchRows += now() - t;
    batch = [];
  };
  for (const file of files) {
    const results = readPatentFile(file, { aliases });
    for (;;) {
      let t = now();
      const next = await results.next();
      figures.reader += now() - t;
      if (next.done) break;
      if (!next.value.ok) {
        figures.rejected += 1;
        continue;
      }
      t = now();
      const checked = PatentRecord.safeParse(next.value.record);
      figures.validate += now() - t;
      if (!checked.success) {
        figures.rejected += 1;
        continue;
      }
      figures.records += 1;
      t = now();
      batch.push(enrich(checked.data, tagging));
      figures.enrich += now() - t;
      if (batch.length === BATCH) flush();
    }
  }
  if (batch.length > 0) flush();
  figures.total = cpuNow() - started;
  figures.wall = performance.now() - wallStarted;
  return figures;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const rate = (count: number, millis: number) =>
  `${Math.round((count / millis) * 1000).toLocaleString('en')}/s`;

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100000' },
      dir: { type: 'string' },
      runs: { type: 'string', default: '1' },
    },
  });
  const dir = values.dir ?? path.join(REPO_ROOT, '.cache', `bench-demo-${values.size}`);
  const { files, aliasFile } = await corpus(path.resolve(dir));
  const size = Number(/_(\d+)f_/.exec(files[0] ?? '')?.[1] ?? values.size);
  for (let run = 1; run <= Number(values.runs); run += 1) {
    const rows = await rowsOnly(files);
    const whole = await wholePath(files, aliasFile);
    console.log(`bench:ingest-read ${size.toLocaleString('en')} families, run ${run} (stages: wall ms)`);
    console.log(
      `  rows (unzip + XML / CSV parse)   ${ms(rows.ms)}  (${rows.rows.toLocaleString('en')} rows; ${rows.perFile.join(', ')})`,
    );
    console.log(`  record mapping + normalise       ${ms(whole.reader - rows.ms)}`);
    console.log(`  reader total (readPatentFile)    ${ms(whole.reader)}`);
    console.log(`  validate (PatentRecord zod)      ${ms(whole.validate)}`);
    console.log(`  enrich (chains + WIPO + expiry)  ${ms(whole.enrich)}`);
    console.log(`  dedupe + toBatchRows             ${ms(whole.batchRows)}`);
    console.log(
      `  whole read path, CPU             ${ms(whole.total)}  ${whole.records.toLocaleString('en')} records, ${whole.rejected} rejected: ${rate(whole.records, whole.total)} records, ${rate(size, whole.total)} families`,
    );
    console.log(`  whole read path, wall clock      ${ms(whole.wall)}  ${rate(size, whole.wall)} families`);
    console.log(
      `  peak RSS                         ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
    );
  }
}

await main();
