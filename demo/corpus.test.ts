import { mkdtemp, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoCorpus } from './corpus';

let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'patnav-demo-ensure-'));
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('ensureDemoCorpus', () => {
  it('generates once, reuses the files, and regenerates when a file or the seed changes', async () => {
    const options = { families: 60, seed: 5 };
    const created = await ensureDemoCorpus(outDir, options);
    expect(created.regenerated).toBe(true);
    expect(created.files.map((file) => path.basename(file))).toEqual([
      'synthetic-demo-data_seed5_60f_2008-2024_incopat.xlsx',
      'synthetic-demo-data_seed5_60f_2008-2024_lens.csv',
    ]);
    const writtenAt = (await stat(created.files[0]!)).mtimeMs;

    const reused = await ensureDemoCorpus(outDir, options);
    expect(reused.regenerated).toBe(false);
    expect((await stat(created.files[0]!)).mtimeMs).toBe(writtenAt);

    await unlink(created.files[1]!);
    expect((await ensureDemoCorpus(outDir, options)).regenerated).toBe(true);

    const reseeded = await ensureDemoCorpus(outDir, { ...options, seed: 6 });
    expect(reseeded.regenerated).toBe(true);
    expect(path.basename(reseeded.files[0]!)).toBe('synthetic-demo-data_seed6_60f_2008-2024_incopat.xlsx');
  }, 60_000);
});
