/**
 * The demo files go through the same readers a user's export takes (ingest/read.ts), so the demo
 * exercises the real path: every row must come back as a record, linked across the two sources.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPatentFile } from '@ingest/read';
import type { PatentRecord } from '@ingest/record';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCorpusManifest, writeDemoCorpus } from './corpus';

let outDir: string;
let manifest: DemoCorpusManifest;

async function readAll(file: string): Promise<{ records: PatentRecord[]; rejected: number }> {
  const records: PatentRecord[] = [];
  let rejected = 0;
  for await (const result of readPatentFile(path.join(outDir, file))) {
    if (result.ok) records.push(result.record);
    else rejected += 1;
  }
  return { records, rejected };
}

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'patnav-demo-roundtrip-'));
  manifest = await writeDemoCorpus(outDir, { families: 200, seed: 9 });
}, 60_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('demo corpus through readPatentFile', () => {
  it('reads every incoPat row back as a CN record with Chinese text, claims and citations', async () => {
    const { records, rejected } = await readAll(manifest.files[0]!);
    expect(rejected).toBe(0);
    expect(records).toHaveLength(manifest.counts.publicationsPerOffice.CN!);
    expect(
      records.every((record) => record.publication.office === 'CN' && record.source.format === 'incopat'),
    ).toBe(true);
    const rich = records.find((record) => record.claims.length > 0 && record.citations.length > 0);
    expect(rich?.title.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(rich?.claims[0]?.text).toMatch(/^一种.+其特征在于/);
    expect(records.some((record) => record.claims.length === 0)).toBe(true);
  });

  it('reads every Lens row back, linked to its CN family members', async () => {
    const { records, rejected } = await readAll(manifest.files[1]!);
    expect(rejected).toBe(0);
    const nonCn = manifest.counts.publications - manifest.counts.publicationsPerOffice.CN!;
    expect(records).toHaveLength(nonCn);
    const linked = records.filter((record) => record.familyMembers.some((member) => member.office === 'CN'));
    expect(linked.length).toBeGreaterThan(0);
    expect(records.some((record) => record.citations.length > 0)).toBe(true);
  });
});
