import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countRules, indexChain, leafBranches } from '@graph-schema/chains/chain-tree';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_CHAINS_DIR, loadBuiltInAndUserChains, loadChainDefinitions } from './load';
import { smallChain } from './test-chains';

describe('built-in chain definitions', () => {
  it('all validate, with the expected leaf branches and rules', async () => {
    const { chains, errors } = await loadChainDefinitions(BUILT_IN_CHAINS_DIR);
    expect(errors).toEqual([]);
    const shape = chains.map(({ file, chain }) => {
      const index = indexChain(chain);
      const segments = chain.segments.map((segment) => segment.kind);
      return {
        file: path.basename(file),
        id: chain.id,
        segments,
        leaves: leafBranches(index).length,
        rules: countRules(index),
      };
    });
    const allSegments = ['upstream', 'midstream', 'downstream'];
    expect(shape).toEqual([
      { file: 'drones.json', id: 'drones', segments: allSegments, leaves: 18, rules: 35 },
      { file: 'ev.json', id: 'ev', segments: allSegments, leaves: 12, rules: 24 },
      // CNIPA: 21 leaves / 30 rules (battery), 16 / 24 (PV), plus two PatNav downstream leaves each.
      { file: 'lithium-battery.json', id: 'lithium-battery', segments: allSegments, leaves: 23, rules: 33 },
      { file: 'pv.json', id: 'pv', segments: allSegments, leaves: 18, rules: 28 },
    ]);
  });

  it('cite the CNIPA document', async () => {
    const { chains } = await loadChainDefinitions(BUILT_IN_CHAINS_DIR);
    for (const { chain } of chains) expect(chain.source).toContain('国知办发规字〔2024〕28号');
  });
});

describe('loading user chain files', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'patnav-chains-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('adds a user chain to the built-in ones', async () => {
    const file = path.join(dir, 'demo.json');
    await writeFile(file, JSON.stringify(smallChain()));
    const { chains, errors } = await loadBuiltInAndUserChains([file]);
    expect(errors).toEqual([]);
    expect(chains.map((loaded) => loaded.chain.id)).toEqual([
      'drones',
      'ev',
      'lithium-battery',
      'pv',
      'demo',
    ]);
  });

  it('reports each broken file by name and path, and keeps the good ones', async () => {
    const broken = {
      ...smallChain(),
      id: 'broken',
      segments: [{ ...smallChain().segments[0], kind: 'sideways' }],
    };
    await writeFile(path.join(dir, 'a-good.json'), JSON.stringify(smallChain()));
    await writeFile(path.join(dir, 'b-broken.json'), JSON.stringify(broken));
    await writeFile(path.join(dir, 'c-not-json.json'), '{ "id": ');
    await writeFile(path.join(dir, 'd-same-id.json'), JSON.stringify(smallChain()));
    const missing = path.join(dir, 'missing.json');
    const { chains, errors } = await loadChainDefinitions([dir, missing]);
    expect(chains.map((loaded) => path.basename(loaded.file))).toEqual(['a-good.json']);
    // Missing paths are found while listing files, before any file is read.
    expect(errors).toEqual([
      { file: missing, path: '', message: 'no such file or folder' },
      {
        file: path.join(dir, 'b-broken.json'),
        path: 'segments[0].kind',
        message: 'Invalid option: expected one of "upstream"|"midstream"|"downstream"',
      },
      {
        file: path.join(dir, 'c-not-json.json'),
        path: '',
        message: expect.stringMatching(/^invalid JSON: /),
      },
      {
        file: path.join(dir, 'd-same-id.json'),
        path: 'id',
        message: `chain id "demo" is already defined in ${path.join(dir, 'a-good.json')}`,
      },
    ]);
  });
});
