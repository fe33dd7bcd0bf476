/**
 * An order-independent picture of a whole graph, to compare two loads of the same files: node
 * counts per label set and relationship counts per type, and one line per node (labels + typed
 * properties) and per relationship (type + its ends' labels and keys + typed properties), hashed.
 * Times a write stamps (DateTime values) and a run's own id are left out: they differ by design.
 */
import { createHash } from 'node:crypto';
import type { Database } from '@graph-schema/db/driver';
import neo4j from 'neo4j-driver';

/** Per-run values: the IngestRun node (a new id per run) and the dataset's last run id. */
const RUN_PROPERTIES = new Set(['lastRunId']);

function typed(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (neo4j.isInt(value)) return `i${value.toString()}`;
  if (typeof value === 'number') return `f${value}`;
  if (typeof value === 'boolean') return `b${value}`;
  if (typeof value === 'string') return `s${JSON.stringify(value)}`;
  if (Array.isArray(value)) return `[${value.map(typed).join(',')}]`;
  if (neo4j.isDate(value)) return `d${value.toString()}`;
  return `?${String(value)}`;
}

function propertyText(props: Record<string, unknown>): string {
  return Object.keys(props)
    .filter((key) => !RUN_PROPERTIES.has(key) && !neo4j.isDateTime(props[key] as never))
    .sort()
    .map((key) => `${key}=${typed(props[key])}`)
    .join(';');
}

export interface GraphPicture {
  nodeCounts: Record<string, number>;
  relationshipCounts: Record<string, number>;
  checksum: string;
  /** The sorted lines behind the checksum, to show what differs. */
  lines: string[];
}

const NODES = `MATCH (n) WHERE NOT n:IngestRun RETURN labels(n) AS labels, properties(n) AS props`;
const RELATIONSHIPS = `
MATCH (a)-[r]->(b)
RETURN type(r) AS type, properties(r) AS props,
  labels(a) AS fromLabels, coalesce(a.id, a.key, a.code, a.checksum) AS fromKey,
  labels(b) AS toLabels, coalesce(b.id, b.key, b.code, b.checksum) AS toKey`;

const count = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export async function graphPicture(db: Database): Promise<GraphPicture> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    const nodeCounts: Record<string, number> = {};
    const relationshipCounts: Record<string, number> = {};
    const lines: string[] = [];
    for (const record of (await session.run(NODES)).records) {
      const labels = (record.get('labels') as string[]).sort().join(':');
      count(nodeCounts, labels);
      lines.push(`(${labels} ${propertyText(record.get('props'))})`);
    }
    for (const record of (await session.run(RELATIONSHIPS)).records) {
      const type = record.get('type') as string;
      count(relationshipCounts, type);
      const end = (side: 'from' | 'to') =>
        `${(record.get(`${side}Labels`) as string[]).sort().join(':')} ${record.get(`${side}Key`)}`;
      lines.push(`(${end('from')})-[${type} ${propertyText(record.get('props'))}]->(${end('to')})`);
    }
    lines.sort();
    const hash = createHash('sha256');
    for (const line of lines) hash.update(`${line}\n`);
    return { nodeCounts, relationshipCounts, checksum: hash.digest('hex'), lines };
  } finally {
    await session.close();
  }
}

/** Lines in one picture and not the other, at most `limit` of each, for a failure message. */
export function pictureDifference(a: GraphPicture, b: GraphPicture, limit = 15): string {
  const inB = new Set(b.lines);
  const inA = new Set(a.lines);
  const onlyA = a.lines.filter((line) => !inB.has(line)).slice(0, limit);
  const onlyB = b.lines.filter((line) => !inA.has(line)).slice(0, limit);
  return [
    `only in the first (${onlyA.length}):`,
    ...onlyA,
    `only in the second (${onlyB.length}):`,
    ...onlyB,
  ].join('\n');
}
