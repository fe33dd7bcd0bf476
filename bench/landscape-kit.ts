/**
 * What bench:landscape and bench:landscape-applicants share: their flags, retained-heap and timing
 * helpers, and the year windows of bench:api's landscape scenario.
 */
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { readSavedRows, rowsOfSaved } from './landscape-rows';

export const { values: flags } = parseArgs({
  options: {
    saved: { type: 'string', default: '/tmp/land-1m' },
    rounds: { type: 'string', default: '15' },
    sizes: { type: 'string', default: '0.1,1' },
    only: { type: 'string', default: '' },
  },
});
export const ROUNDS = Number(flags.rounds);

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap and array buffers still held after a full collection. */
export function retained(): number {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

export interface Sample {
  wall: number[];
  cpu: number[];
}

export const sample = (): Sample => ({ wall: [], cpu: [] });

/** Runs `answer`, adding its wall and CPU milliseconds to `into`. */
export function timed<T>(into: Sample, answer: () => T): T {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = answer();
  into.wall.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  into.cpu.push((used.user + used.system) / 1000);
  return result;
}

/** bench:api's landscape scenario: 3-year windows from 2008, with an extra query string. */
export function yearWindows(extra: string): string[] {
  return Array.from({ length: 15 }, (_, k) => 2008 + k).map((year) => `from=${year}&to=${year + 2}${extra}`);
}

/** For each size (share of the saved families), the rows and a heading line. */
export function* savedSizes(): Generator<{ rows: ReturnType<typeof rowsOfSaved>; heading: string }> {
  const saved = readSavedRows(flags.saved!);
  for (const share of flags.sizes!.split(',').map(Number)) {
    const rows = rowsOfSaved(saved, share);
    const families = new Set(rows.map((row) => row.family)).size;
    yield { rows, heading: `${families} families, ${rows.length} publications (${ROUNDS} rounds per shape` };
  }
}

/** The query shapes: the bench:api scenario's year windows, and every filter on its own and together. */
export function queryShapes(topApplicant: string): Array<{ name: string; queries: string[] }> {
  const windows = yearWindows;
  return [
    { name: 'year windows (bench:api)', queries: windows('') },
    { name: 'year windows, application', queries: windows('&dateBasis=application') },
    { name: 'year windows, publication', queries: windows('&dateBasis=publication') },
    { name: 'year windows + office CN', queries: windows('&jurisdiction=CN') },
    { name: 'year windows + cpc H01M', queries: windows('&cpc=H01M') },
    { name: 'whole corpus', queries: [''] },
    { name: 'offices US,EP', queries: ['jurisdiction=US,EP'] },
    { name: 'cpc prefix H01M10', queries: ['cpc=H01M10'] },
    { name: 'ipc prefix H01M', queries: ['ipc=H01M'] },
    { name: 'applicant (the top one)', queries: [`applicants=${encodeURIComponent(topApplicant)}`] },
    { name: 'from 2015 (open end)', queries: ['from=2015'] },
  ];
}
