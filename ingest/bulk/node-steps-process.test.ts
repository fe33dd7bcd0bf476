/**
 * The reading process (node-steps-process.ts) writes the same CSV files as the same steps run in
 * this process, relays every step with its CPU and GC time and the progress as it goes, and
 * brings its errors back with their message.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type NodeStepsInput, runNodeSteps, type StepUsage } from './node-steps';
import { runNodeStepsInProcess } from './node-steps-process';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures/exports');
const files = ['lens-2018.csv', 'incopat-families.csv', 'uspto-related.xml'].map((name) =>
  path.join(FIXTURES, name),
);
const work = mkdtempSync(path.join(os.tmpdir(), 'patnav-node-steps-'));
afterAll(() => rm(work, { recursive: true, force: true }));

function input(name: string): NodeStepsInput {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  return { files, options: { quarantineDir: dir }, workDir: dir, updatedAt: '2026-01-01T00:00:00.000Z' };
}

const csvFiles = (dir: string) =>
  Object.fromEntries(
    readdirSync(path.join(dir, 'csv'))
      .sort()
      .map((file) => [file, readFileSync(path.join(dir, 'csv', file), 'utf8')]),
  );

describe('the bulk read in a process of its own', () => {
  it('writes the CSV files the in-process steps write, and relays steps and progress', async () => {
    const here = await runNodeSteps(input('here'));
    const steps: Array<[string, string, StepUsage | undefined]> = [];
    const progress: string[] = [];
    const there = await runNodeStepsInProcess(input('there'), {
      onStep: (name, phase, usage) => steps.push([name, phase, usage]),
      onProgress: (p) => progress.push(path.basename(p.file)),
    });

    expect(there.csv.nodeCount).toBe(here.csv.nodeCount);
    expect(there.csv.relationshipCount).toBe(here.csv.relationshipCount);
    expect(there.csv.nodeCount).toBeGreaterThan(0);
    const { durationMs: _there, ...thereTotals } = there.read.summary.totals;
    const { durationMs: _here, ...hereTotals } = here.read.summary.totals;
    expect(thereTotals).toEqual(hereTotals);
    expect(csvFiles(path.join(work, 'there'))).toEqual(csvFiles(path.join(work, 'here')));
    expect(steps.map(([name, phase]) => `${name} ${phase}`)).toEqual([
      'read start',
      'read end',
      'csv start',
      'csv end',
    ]);
    expect(steps[1]![2]!.cpuMs).toBeGreaterThan(0);
    expect(new Set(progress)).toEqual(new Set(files.map((file) => path.basename(file))));
    expect(there.peakRssBytes).toBeGreaterThan(0);
  }, 60_000);

  it("rejects with the reading process's own error", async () => {
    const missing = { ...input('missing'), files: [path.join(work, 'no-such-export.csv')] };
    await expect(runNodeStepsInProcess(missing, {})).rejects.toThrow(/no-such-export\.csv/);
  }, 60_000);
});
