import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../record';
import { parseSampleArgs, runChainsSample, type SampleCliIo } from './sample-command';
import type { SampleReport } from './sample-report';
import { makeRecord } from './test-records';

const RECORDS: ReadResult[] = [
  {
    ok: true,
    record: makeRecord({
      id: 'CN115000003A',
      titleZh: '一种磷酸铁锂正极材料及其制备方法',
      abstractZh: '用于锂离子电池的碳包覆磷酸铁锂正极材料。',
      ipc: ['H01M4/58'],
    }),
  },
  { ok: true, record: makeRecord({ id: 'CN1A', titleZh: '一种椅子', ipc: ['A47C7/00'] }) },
  {
    ok: false,
    rejected: {
      source: { file: 'x.csv', line: 4, format: 'test' },
      code: 'MISSING_PUBLICATION_NUMBER',
      message: 'missing publication number',
    },
  },
];

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: SampleCliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readPatentFile: async function* () {
      yield* RECORDS;
    },
  };
  return { io, out, err };
}

describe('chains:sample command', () => {
  it('prints the branch tree with counts and the sampled hit', async () => {
    const { io, out, err } = fakeIo();
    expect(await runChainsSample(['export.csv', '--chain', 'lithium-battery'], io)).toBe(0);
    expect(err).toEqual([]);
    const text = out.join('');
    expect(text).toContain('Read 2 records (1 rejected) from 1 file(s).');
    expect(text).toContain(
      'lithium-battery 锂电池 / Lithium batteries (version 2024.1): 1 records, 1 families',
    );
    expect(text).toContain(
      'lib-cathode-lfp [2.1.1] 磷酸铁锂 / Lithium iron phosphate (LFP): 1 records, 1 families',
    );
    expect(text).toContain(
      '- CN115000003A  一种磷酸铁锂正极材料及其制备方法  (lib-cathode-lfp-r1: H01M4/58 + 磷酸铁锂)',
    );
  });

  it('writes the same report as JSON with --json', async () => {
    const { io, out } = fakeIo();
    expect(await runChainsSample(['export.csv', '--chain', 'pv', '--json', '--seed', '3'], io)).toBe(0);
    const report = JSON.parse(out.join('')) as SampleReport;
    expect(report.options).toEqual({ perBranch: 25, seed: 3 });
    expect(report.input).toEqual({ files: ['export.csv'], read: 2, rejected: 1 });
    expect(report.chains.map((chain) => [chain.id, chain.counts])).toEqual([
      ['pv', { records: 0, families: 0 }],
    ]);
  });

  it('rejects unknown chains and bad options with usage', async () => {
    const { io, err } = fakeIo();
    expect(await runChainsSample(['export.csv', '--chain', 'steel'], io)).toBe(2);
    expect(err.join('')).toBe('unknown chain id(s): steel; known: drones, ev, lithium-battery, pv\n');
    expect(parseSampleArgs(['--per-branch', 'x', 'a.csv'])).toEqual({
      error: '--per-branch must be a whole number ≥ 0',
    });
    expect(parseSampleArgs([])).toEqual({ error: 'no export files given' });
  });
});
