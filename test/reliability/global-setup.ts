/**
 * The reliability suite's setup: the integration tests' Neo4j (test/global-setup.ts), and a tally
 * file the tests add their counts to; at the end the counts are printed as one table, and a run
 * that lost records fails.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import startNeo4j from '../global-setup';
import type { Tally } from './tally';

const ROWS: [keyof Tally, string][] = [
  ['badInputs', 'bad inputs tried'],
  ['hostileFiles', 'hostile files tried'],
  ['faultsInjected', 'faults injected'],
  ['requestsSent', 'requests sent'],
  ['errors', 'errors'],
  ['peakRssMb', 'peak RSS (MB)'],
  ['recordsLost', 'records lost'],
];

export function summed(lines: readonly Tally[]): Required<Tally> {
  const total: Required<Tally> = {
    badInputs: 0,
    hostileFiles: 0,
    faultsInjected: 0,
    requestsSent: 0,
    errors: 0,
    peakRssMb: 0,
    recordsLost: 0,
  };
  for (const line of lines) {
    for (const [key] of ROWS) {
      const value = line[key] ?? 0;
      total[key] = key === 'peakRssMb' ? Math.max(total[key], value) : total[key] + value;
    }
  }
  return total;
}

export function tableOf(total: Required<Tally>): string {
  const width = Math.max(...ROWS.map(([, label]) => label.length));
  const lines = ROWS.map(([key, label]) => `| ${label.padEnd(width)} | ${String(total[key]).padStart(8)} |`);
  const rule = `|${'-'.repeat(width + 2)}|${'-'.repeat(10)}|`;
  return ['', 'Reliability suite', rule, ...lines, rule, ''].join('\n');
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stopNeo4j = await startNeo4j(project);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'patnav-reliability-'));
  const file = path.join(dir, 'tally.jsonl');
  project.provide('reliabilityTally', file);
  return async () => {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // No test recorded anything.
    }
    const total = summed(
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Tally),
    );
    console.log(tableOf(total));
    rmSync(dir, { recursive: true, force: true });
    if (total.recordsLost > 0) {
      console.error(`reliability: ${total.recordsLost} records lost`);
      process.exitCode = 1;
    }
    await stopNeo4j();
  };
}
