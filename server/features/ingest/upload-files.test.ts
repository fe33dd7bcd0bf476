import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newUploadFolder, sweepLeftUploads, sweepUploadFolders } from './upload-files';

async function twoUploads() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'patnav-uploads-'));
  const first = await newUploadFolder(root);
  const second = await newUploadFolder(root);
  await writeFile(path.join(first, 'a.csv'), 'x');
  await writeFile(path.join(second, 'b.csv'), 'y');
  return { root, first, second };
}

describe('the start-up sweep of upload folders', () => {
  it('removes every folder but those holding a kept file', async () => {
    const { root, second } = await twoUploads();
    expect(await sweepUploadFolders(root, [path.join(second, 'b.csv')])).toBe(1);
    expect(await readdir(root)).toEqual([path.basename(second)]);
  });

  it('sweeps nothing when the job store cannot say which uploads interrupted jobs need', async () => {
    const { root } = await twoUploads();
    const warnings: string[] = [];
    await sweepLeftUploads(
      root,
      { uploadsToKeep: () => Promise.reject(new Error('database down')) },
      { warn: (message) => warnings.push(message) },
    );
    expect(await readdir(root)).toHaveLength(2);
    expect(warnings).toEqual(['upload sweep skipped: the ingest job store could not be read']);
  });
});
