/**
 * Issue 13: the lithium-battery anode siblings (carbon, silicon, silicon-carbon, lithium metal)
 * are mutually exclusive on the demo corpus — the shipped rules put nearly every anode family in
 * all three before the fix. Reads the same demo files the integration tests load.
 */
import path from 'node:path';
import { ensureDemoCorpus } from '@demo/corpus';
import { compileChains } from '@graph-schema/chains/tagger';
import { loadBuiltInAndUserChains } from '@ingest/chains/load';
import { formatOverlapMatrix, siblingOverlapMatrix } from '@ingest/chains/overlap-matrix';
import type { TaggedRecord } from '@ingest/chains/sample';
import { tagReadResults } from '@ingest/chains/sample-command';
import { readPatentFile } from '@ingest/read';
import { describe, expect, it } from 'vitest';
import { TEST_DEMO } from './helpers/demo';
import { REPO_ROOT } from './shared-fixtures';

describe('lithium-battery anode rules on the demo corpus', () => {
  it('keep the anode siblings apart (pair overlap < 10 % of the smaller branch)', async () => {
    const dir = path.join(REPO_ROOT, '.cache', `test-demo-${TEST_DEMO.families}-${TEST_DEMO.seed}`);
    const { files } = await ensureDemoCorpus(dir, TEST_DEMO);
    const { chains } = await loadBuiltInAndUserChains();
    const lithium = chains.filter((loaded) => loaded.chain.id === 'lithium-battery').map((c) => c.chain);
    const compiled = compileChains(lithium);
    const tagged: TaggedRecord[] = [];
    for (const file of files) await tagReadResults(readPatentFile(file), compiled, tagged);
    const matrix = siblingOverlapMatrix(tagged, compiled.indexes[0]!, 'lib-anode');
    console.log(formatOverlapMatrix(matrix));
    const families = Object.fromEntries(matrix.branchIds.map((id, i) => [id, matrix.families[i]]));
    // The check means something only when the three material branches all hold families.
    for (const id of ['lib-anode-carbon', 'lib-anode-silicon', 'lib-anode-silicon-carbon'])
      expect(families[id], id).toBeGreaterThan(0);
    expect(matrix.maxShare).toBeLessThan(0.1);
  }, 120_000);
});
