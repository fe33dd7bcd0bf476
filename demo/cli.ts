/**
 * `npm run demo:generate -- [--families 3000] [--seed 42] [--out .cache/demo] [--start 2008] [--end 2024] [--force]`
 * Writes the synthetic demo corpus and prints the files and counts.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureDemoCorpus, writeDemoCorpus } from './corpus';
import { DEFAULT_CORPUS_OPTIONS } from './types';

export { ensureDemoCorpus } from './corpus';

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      families: { type: 'string' },
      seed: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      out: { type: 'string', default: '.cache/demo' },
      force: { type: 'boolean', default: false },
    },
  });
  const options = {
    families: integer(values.families, DEFAULT_CORPUS_OPTIONS.families, 'families'),
    seed: integer(values.seed, DEFAULT_CORPUS_OPTIONS.seed, 'seed'),
    startYear: integer(values.start, DEFAULT_CORPUS_OPTIONS.startYear, 'start'),
    endYear: integer(values.end, DEFAULT_CORPUS_OPTIONS.endYear, 'end'),
  };
  const started = performance.now();
  const outDir = path.resolve(values.out);
  const manifest = values.force
    ? await writeDemoCorpus(outDir, options)
    : (await ensureDemoCorpus(outDir, options)).manifest;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${manifest.note}\nin ${outDir} (${seconds} s):`);
  for (const file of [...manifest.files, manifest.truthFile]) console.log(`  ${file}`);
  console.log(JSON.stringify(manifest.counts, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
