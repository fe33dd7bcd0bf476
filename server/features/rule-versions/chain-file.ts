/**
 * The chain definition with a project's rule versions as one JSON file. Export rebuilds the
 * definition from the graph (chain, segments, branch tree, vocabularies, rules) with each leaf's
 * active project rules in place of the shipped ones — a valid chain-definition file ingest can
 * load — plus every saved version with who/when/why. Import saves the file's versions as new
 * versions of the target project (numbered after its own) and re-tags the leaves whose imported
 * version was active.
 */
import { type ChainBranch, ChainDefinition, ChainRule } from '@graph-schema/chains/schema';
import type { Database } from '@graph-schema/db/driver';
import type { ChainRulesFile, RetagResponse } from '@graph-schema/dto/rule-versions';
import { readRows } from '@server/platform/db/read';
import { notFound, validationFailed } from '@server/platform/errors';
import { z } from 'zod';
import { chainVocabularies } from '../branch-review/chain-vocabularies';
import { retagLeaf } from './retag';
import { listVersions, saveVersion } from './version-store';

const CHAIN = `
MATCH (c:IndustryChain {id: $chain})
OPTIONAL MATCH (s:ChainSegment {chain: $chain})
WITH c, s ORDER BY s.order
RETURN c.nameZh AS zh, c.nameEn AS en, c.version AS version, c.source AS source,
       collect(s {.id, .kind, zh: s.nameZh, en: s.nameEn}) AS segments`;

const BRANCHES = `
MATCH (b:TechBranch {chain: $chain})
RETURN b.id AS id, b.localId AS localId, b.level AS level, b.nameZh AS zh, b.nameEn AS en, b.ref AS ref,
       b.segment AS segment, b.isLeaf AS isLeaf, b.rulesJson AS rulesJson, b.lineage AS lineage
ORDER BY b.order`;

const ChainRow = z.object({
  zh: z.string(),
  en: z.string(),
  version: z.string(),
  source: z.string(),
  segments: z.array(z.object({ id: z.string(), kind: z.string(), zh: z.string(), en: z.string() })),
});
const BranchRow = z.object({
  id: z.string(),
  localId: z.string(),
  level: z.number(),
  zh: z.string(),
  en: z.string(),
  ref: z.string().nullable(),
  segment: z.string(),
  isLeaf: z.boolean(),
  rulesJson: z.string(),
  lineage: z.array(z.string()),
});
type BranchRow = z.infer<typeof BranchRow>;

const localOf = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

function branchTree(rows: BranchRow[], rulesOf: (row: BranchRow) => ChainRule[]): Map<string, ChainBranch[]> {
  const byParent = new Map<string, ChainBranch[]>();
  const nodes = new Map<string, ChainBranch>();
  for (const row of rows) {
    const node: ChainBranch = {
      id: row.localId,
      level: row.level as 1 | 2 | 3,
      name: { zh: row.zh, en: row.en },
      ...(row.ref ? { ref: row.ref } : {}),
      ...(row.isLeaf ? { rules: rulesOf(row) } : {}),
    };
    nodes.set(row.id, node);
    const parentId = row.lineage.at(-2) ?? row.segment;
    const parent = nodes.get(parentId);
    if (parent) parent.children = [...(parent.children ?? []), node];
    else byParent.set(parentId, [...(byParent.get(parentId) ?? []), node]);
  }
  return byParent;
}

export async function exportChainRules(
  db: Database,
  project: string,
  chain: string,
): Promise<ChainRulesFile> {
  const [head] = await readRows(db, ChainRow, CHAIN, { chain });
  if (!head) throw notFound('chain', chain);
  const branches = await readRows(db, BranchRow, BRANCHES, { chain });
  const versions = await Promise.all(
    branches
      .filter((b) => b.isLeaf)
      .map(async (b) => ({ branch: b, versions: await listVersions(db, { project, chain, branch: b.id }) })),
  );
  const activeRules = new Map(
    versions.flatMap(({ branch, versions: list }) =>
      list.filter((v) => v.active).map((v) => [branch.id, v.rules]),
    ),
  );
  const tree = branchTree(
    branches,
    (row) => activeRules.get(row.id) ?? z.array(ChainRule).parse(JSON.parse(row.rulesJson)),
  );
  const vocabularies = await chainVocabularies(db, chain);
  const definition = ChainDefinition.parse({
    id: chain,
    name: { zh: head.zh, en: head.en },
    version: head.version,
    source: head.source,
    ...(Object.keys(vocabularies).length > 0 ? { vocabularies } : {}),
    segments: head.segments.map((s) => ({
      id: localOf(s.id),
      kind: s.kind,
      name: { zh: s.zh, en: s.en },
      branches: tree.get(s.id) ?? [],
    })),
  });
  return {
    format: 'patnav-chain-rules/1',
    project,
    exportedAt: new Date().toISOString(),
    chain: definition,
    versions: versions.flatMap(({ branch, versions: list }) =>
      list
        .slice()
        .reverse()
        .map((v) => ({
          branch: branch.localId,
          version: v.version,
          rules: v.rules,
          who: v.who,
          why: v.why,
          at: v.at,
          active: v.active,
        })),
    ),
  };
}

export async function importChainRules(
  db: Database,
  project: string,
  chain: string,
  file: ChainRulesFile,
): Promise<{ saved: number; retagged: RetagResponse[] }> {
  if (file.chain.id !== chain)
    throw validationFailed('chain.id', `the file is for chain "${file.chain.id}", not "${chain}"`);
  const leaves = new Map(
    (await readRows(db, BranchRow, BRANCHES, { chain }))
      .filter((b) => b.isLeaf)
      .map((b) => [b.localId, b.id]),
  );
  file.versions.forEach((entry, index) => {
    if (!leaves.has(entry.branch))
      throw validationFailed(
        `versions[${index}].branch`,
        `no leaf branch "${entry.branch}" in chain ${chain}`,
      );
  });
  const toApply = new Map<string, number>();
  for (const entry of [...file.versions].sort((a, b) => a.version - b.version)) {
    const branch = leaves.get(entry.branch) as string;
    const why = entry.at ? `${entry.why} (imported; saved ${entry.at})` : `${entry.why} (imported)`;
    const version = await saveVersion(
      db,
      { project, chain, branch },
      { rules: entry.rules, who: entry.who, why },
    );
    if (entry.active) toApply.set(entry.branch, version);
  }
  const retagged: RetagResponse[] = [];
  for (const [local, version] of toApply)
    retagged.push(
      await retagLeaf(db, { project, chain, branch: leaves.get(local) as string }, local, version),
    );
  return { saved: file.versions.length, retagged };
}
