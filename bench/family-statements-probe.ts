/**
 * `npx tsx bench/family-statements-probe.ts [--file lens|incopat] [--skip 0] [--rows 5000]`: PROFILEs the
 * loader's node and family statements for one batch of the 100k bench corpus against the store a
 * `bench:ingest --only incremental` run left in .patnav/neo4j-bench, in transactions that are rolled
 * back (the store is not changed). Prints each statement's wall time and its plan's operators with
 * rows and db hits, so an operator whose cost grows with the graph shows. A probe, not a test.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localNeo4jConfigFromEnv, REPO_ROOT } from '@db/config';
import { startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { createDatabase } from '@graph-schema/db/driver';
import { forNeo4j } from '@ingest/load/loader';
import { type BatchRows, toBatchRows } from '@ingest/load/rows';
import * as Q from '@ingest/load/statements';
import { enrich } from '@ingest/pipeline/enrich';
import { prepareTagging } from '@ingest/pipeline/ingest';
import { readPatentFile } from '@ingest/read';
import type { PatentRecord } from '@ingest/record';
import type { ProfiledPlan, Session } from 'neo4j-driver';
import * as Before from '../test/helpers/family-statements-before';

const { values } = parseArgs({
  options: {
    file: { type: 'string', default: 'lens' },
    skip: { type: 'string', default: '0' },
    rows: { type: 'string', default: '5000' },
    size: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
  },
});
const corpus = path.join(REPO_ROOT, '.cache', `bench-demo-${values.size}`);
const file = path.join(
  corpus,
  values.file === 'lens'
    ? `synthetic-demo-data_seed42_${values.size}f_2008-2024_lens.csv`
    : `synthetic-demo-data_seed42_${values.size}f_2008-2024_incopat.xlsx`,
);

async function batchOf(skip: number, count: number): Promise<BatchRows> {
  const tagging = await prepareTagging(null, { quarantineDir: '' });
  const records: PatentRecord[] = [];
  let seen = 0;
  for await (const result of readPatentFile(file)) {
    if (!result.ok) continue;
    seen += 1;
    if (seen <= skip) continue;
    records.push(result.record);
    if (records.length === count) break;
  }
  return toBatchRows(records.map((r) => enrich(r, tagging)));
}

function flatten(plan: ProfiledPlan, depth = 0, out: string[] = []): string[] {
  const args = plan.arguments as Record<string, unknown>;
  const details = String(args.Details ?? '').slice(0, 140);
  out.push(
    `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} dbHits=${plan.dbHits} ` +
      `time=${Math.round(Number(args.Time ?? 0) / 1e6)}ms ${details}`,
  );
  for (const child of plan.children) flatten(child, depth + 1, out);
  return out;
}

/** EXPLAIN after clearing the query caches: the time is the planner's (nothing runs). */
async function compileTime(session: Session, name: string, statement: string, list: unknown[]) {
  await session.run('CALL db.clearQueryCaches()');
  const text = statement.trimStart().startsWith('CYPHER')
    ? statement.replace('CYPHER', 'EXPLAIN CYPHER')
    : `EXPLAIN ${statement}`;
  const started = performance.now();
  await session.run(text, { rows: list, dataset: null });
  console.log(`compile ${name}: ${(performance.now() - started).toFixed(0)} ms`);
}

async function main() {
  const config = localNeo4jConfigFromEnv(process.env, {
    homeDir: path.join(REPO_ROOT, '.patnav', 'neo4j-bench'),
    boltPort: Number(process.env.PATNAV_BENCH_BOLT_PORT ?? 17698),
    heap: '2g',
    pageCache: '2g',
  });
  const log = (line: string) => console.error(`[probe] ${line}`);
  const db = createDatabase(await startLocalNeo4j(config, log));
  const rows = await batchOf(Number(values.skip), Number(values.rows));
  const statements: Array<[string, string, unknown[]]> = [
    ['patents', Q.MERGE_PATENTS, rows.patents.map(forNeo4j)],
    ['families', Q.MERGE_FAMILIES, rows.families],
    ['family members', Q.MERGE_FAMILY_MEMBERS, rows.familyMembers],
    ['join named members', Q.JOIN_NAMED_MEMBERS, rows.familyMembers],
    ['join same priorities', Q.JOIN_SAME_PRIORITIES, rows.families],
  ];
  const session = db.driver.session({ database: db.database });
  try {
    // Compiling: what every replan pays (Neo4j discards a cached plan when the growing graph's
    // statistics diverge), the statements as they were (Before) against the current ones.
    const compiled: Array<[string, string, unknown[]]> = [
      ['families (before)', Before.MERGE_FAMILIES, rows.families],
      ['families', Q.MERGE_FAMILIES, rows.families],
      ['join named members (before)', Before.JOIN_NAMED_MEMBERS, rows.familyMembers],
      ['join named members', Q.JOIN_NAMED_MEMBERS, rows.familyMembers],
      ['join same priorities (before)', Before.JOIN_SAME_PRIORITIES, rows.families],
      ['join same priorities', Q.JOIN_SAME_PRIORITIES, rows.families],
    ];
    for (let round = 0; round < Number(values.rounds); round += 1)
      for (const [name, statement, list] of compiled) await compileTime(session, name, statement, list);
    for (const [name, statement, list] of statements) {
      for (const mode of ['EXPLAIN', 'PROFILE'] as const) {
        const tx = session.beginTransaction();
        const started = performance.now();
        const text = statement.trimStart().startsWith('CYPHER')
          ? statement.replace('CYPHER', `${mode} CYPHER`)
          : `${mode} ${statement}`;
        const result = await tx.run(text, { rows: list, dataset: null });
        const ms = performance.now() - started;
        await tx.rollback();
        console.log(`\n== ${name} ${mode} (${list.length} rows): ${ms.toFixed(0)} ms`);
        if (mode === 'PROFILE' && result.summary.profile)
          console.log(flatten(result.summary.profile).join('\n'));
      }
    }
  } finally {
    await session.close();
    await db.driver.close();
    await stopLocalNeo4j(config, log);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
