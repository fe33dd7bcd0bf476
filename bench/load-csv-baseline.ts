/**
 * The in-database baseline for the ingest benchmark: the same rows the loader sends, written as
 * CSV files into Neo4j's import folder and loaded with plain LOAD CSV … MERGE statements.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import type { BatchRows, PatentProps } from '@ingest/load/rows';

const csvCell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'string' ? value : typeof value === 'object' ? String(value.toString()) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

type Table = { name: string; columns: readonly string[]; rows: (rows: BatchRows) => unknown[][] };

const PATENT_COLUMNS = [
  'id',
  'familyId',
  'office',
  'kind',
  'type',
  'titleZh',
  'titleEn',
  'abstractZh',
  'abstractEn',
  'claim1',
  'claimsJson',
  'priorityYear',
  'applicationYear',
  'publicationYear',
  'legalStatus',
] as const satisfies readonly ('id' | 'familyId' | keyof PatentProps)[];

const TABLES: Table[] = [
  {
    name: 'patents',
    columns: PATENT_COLUMNS,
    rows: (r) =>
      r.patents.map((p) =>
        PATENT_COLUMNS.map((c) =>
          c === 'id' ? p.id : c === 'familyId' ? p.familyId : c === 'office' ? p.office : p.props[c],
        ),
      ),
  },
  { name: 'families', columns: ['id', 'familyId'], rows: (r) => r.families.map((f) => [f.id, f.familyId]) },
  {
    name: 'applicants',
    columns: ['key', 'name', 'kind'],
    rows: (r) => r.applicants.map((a) => [a.key, a.name, a.kind]),
  },
  { name: 'inventors', columns: ['key', 'name'], rows: (r) => r.inventors.map((a) => [a.key, a.name]) },
  {
    name: 'filed_by',
    columns: ['id', 'key', 'order'],
    rows: (r) => r.filedBy.map((l) => [l.id, l.key, l.order]),
  },
  {
    name: 'invented_by',
    columns: ['id', 'key', 'order'],
    rows: (r) => r.inventedBy.map((l) => [l.id, l.key, l.order]),
  },
  {
    name: 'cpc_nodes',
    columns: ['code', 'level', 'parent'],
    rows: (r) => r.cpcNodes.map((n) => [n.code, n.level, n.parent]),
  },
  {
    name: 'ipc_nodes',
    columns: ['code', 'level', 'parent'],
    rows: (r) => r.ipcNodes.map((n) => [n.code, n.level, n.parent]),
  },
  { name: 'cpc_links', columns: ['id', 'code'], rows: (r) => r.cpcLinks.map((l) => [l.id, l.code]) },
  { name: 'ipc_links', columns: ['id', 'code'], rows: (r) => r.ipcLinks.map((l) => [l.id, l.code]) },
  {
    name: 'citations',
    columns: ['from', 'to', 'toOffice'],
    rows: (r) => r.citations.map((c) => [c.from, c.to, c.toOffice]),
  },
];

export async function writeBaselineCsv(importDir: string, batches: AsyncIterable<BatchRows>): Promise<void> {
  await rm(importDir, { recursive: true, force: true });
  await mkdir(importDir, { recursive: true });
  const streams = new Map(
    TABLES.map((t) => [t.name, createWriteStream(path.join(importDir, `${t.name}.csv`))]),
  );
  for (const t of TABLES) streams.get(t.name)!.write(`${t.columns.join(',')}\n`);
  for await (const rows of batches) {
    for (const t of TABLES) {
      const out = t
        .rows(rows)
        .map((row) => row.map(csvCell).join(','))
        .join('\n');
      if (out) streams.get(t.name)!.write(`${out}\n`);
    }
  }
  await Promise.all([...streams.values()].map((s) => new Promise((resolve) => s.end(resolve))));
}

/** The same MERGEs as ingest/load/statements.ts, driven by LOAD CSV in batched implicit transactions. */
export const BASELINE_STATEMENTS = [
  `LOAD CSV WITH HEADERS FROM 'file:///patents.csv' AS row CALL (row) {
     MERGE (p:Patent {id: row.id})
     SET p.familyId = row.familyId, p.office = row.office, p.jurisdiction = row.office, p.kind = row.kind, p.type = row.type,
         p.titleZh = row.titleZh, p.titleEn = row.titleEn, p.abstractZh = row.abstractZh, p.abstractEn = row.abstractEn,
         p.claim1 = row.claim1, p.claimsJson = row.claimsJson, p.priorityYear = toInteger(row.priorityYear),
         p.applicationYear = toInteger(row.applicationYear), p.publicationYear = toInteger(row.publicationYear),
         p.legalStatus = row.legalStatus, p.external = false
     MERGE (o:Office {code: row.office}) MERGE (p)-[:FILED_IN]->(o)
   } IN TRANSACTIONS OF 10000 ROWS`,
  `LOAD CSV WITH HEADERS FROM 'file:///families.csv' AS row CALL (row) {
     MATCH (p:Patent {id: row.id}) MERGE (f:Family {id: row.familyId}) MERGE (p)-[:IN_FAMILY]->(f)
   } IN TRANSACTIONS OF 10000 ROWS`,
  `LOAD CSV WITH HEADERS FROM 'file:///applicants.csv' AS row CALL (row) {
     MERGE (a:Applicant {key: row.key}) ON CREATE SET a.name = row.name, a.kind = row.kind
   } IN TRANSACTIONS OF 10000 ROWS`,
  `LOAD CSV WITH HEADERS FROM 'file:///inventors.csv' AS row CALL (row) {
     MERGE (i:Inventor {key: row.key}) ON CREATE SET i.name = row.name
   } IN TRANSACTIONS OF 10000 ROWS`,
  `LOAD CSV WITH HEADERS FROM 'file:///filed_by.csv' AS row CALL (row) {
     MATCH (p:Patent {id: row.id}), (a:Applicant {key: row.key}) MERGE (p)-[r:FILED_BY]->(a) SET r.order = toInteger(row.order)
   } IN TRANSACTIONS OF 10000 ROWS`,
  `LOAD CSV WITH HEADERS FROM 'file:///invented_by.csv' AS row CALL (row) {
     MATCH (p:Patent {id: row.id}), (i:Inventor {key: row.key}) MERGE (p)-[r:INVENTED_BY]->(i) SET r.order = toInteger(row.order)
   } IN TRANSACTIONS OF 10000 ROWS`,
  ...(['CPC', 'IPC'] as const).flatMap((label) => [
    `LOAD CSV WITH HEADERS FROM 'file:///${label.toLowerCase()}_nodes.csv' AS row CALL (row) {
       MERGE (c:${label} {code: row.code}) ON CREATE SET c.level = row.level
       WITH c, row WHERE row.parent IS NOT NULL MERGE (parent:${label} {code: row.parent}) MERGE (c)-[:CHILD_OF]->(parent)
     } IN TRANSACTIONS OF 10000 ROWS`,
    `LOAD CSV WITH HEADERS FROM 'file:///${label.toLowerCase()}_links.csv' AS row CALL (row) {
       MATCH (p:Patent {id: row.id}), (c:${label} {code: row.code}) MERGE (p)-[:CLASSIFIED_AS]->(c)
     } IN TRANSACTIONS OF 10000 ROWS`,
  ]),
  `LOAD CSV WITH HEADERS FROM 'file:///citations.csv' AS row CALL (row) {
     MERGE (a:Patent {id: row.from}) ON CREATE SET a.external = true
     MERGE (b:Patent {id: row.to}) ON CREATE SET b.external = true, b.office = row.toOffice
     MERGE (a)-[:CITES]->(b)
   } IN TRANSACTIONS OF 10000 ROWS`,
];

/** Runs the baseline; `CALL … IN TRANSACTIONS` needs an implicit (auto-commit) transaction. */
export async function runLoadCsvBaseline(db: Database): Promise<number> {
  const started = performance.now();
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of BASELINE_STATEMENTS) await session.run(statement);
  } finally {
    await session.close();
  }
  return performance.now() - started;
}
