/**
 * The audit log: who did what, to which target, when, with which outcome. The target is the
 * request's method and path (ids in it), never a body — an FTO product description or an upload's
 * content is not logged.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '@graph-schema/db/driver';
import {
  type AuditAction,
  AuditEntry,
  type AuditOutcome,
  type AuditPage,
  type AuditQuery,
} from '@graph-schema/dto/accounts';
import { readRows } from '@server/platform/db/read';
import { writeTransaction } from '@server/platform/db/write';
import { z } from 'zod';

export interface AuditRecord {
  user: string | undefined;
  via: string;
  action: AuditAction;
  target: string;
  outcome: AuditOutcome;
  status: number;
  ip: string;
}

export async function writeAudit(db: Database, record: AuditRecord): Promise<void> {
  const params = { ...record, user: record.user ?? null, id: randomUUID() };
  await writeTransaction(db, (tx) =>
    tx.run(
      `MERGE (a:AuditEntry {id: $id})
       SET a.at = datetime(), a.user = $user, a.via = $via, a.action = $action, a.target = $target,
           a.outcome = $outcome, a.status = $status, a.ip = $ip`,
      params,
    ),
  );
}

const FILTER = `
MATCH (a:AuditEntry)
WHERE ($user IS NULL OR a.user = $user) AND ($action IS NULL OR a.action = $action)`;

/** Newest first, one page; the filters are exact matches. */
export async function readAudit(db: Database, query: AuditQuery): Promise<AuditPage> {
  const params = {
    user: query.user ?? null,
    action: query.action ?? null,
    skip: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  };
  const [totals, entries] = await Promise.all([
    readRows(db, z.object({ total: z.number() }), `${FILTER} RETURN count(a) AS total`, params),
    readRows(
      db,
      AuditEntry,
      `${FILTER}
       RETURN a.id AS id, toString(a.at) AS at, a.user AS user, a.via AS via, a.action AS action,
              a.target AS target, a.outcome AS outcome, a.status AS status, a.ip AS ip
       ORDER BY a.at DESC SKIP toInteger($skip) LIMIT toInteger($limit)`,
      params,
    ),
  ]);
  return { total: totals[0]?.total ?? 0, page: query.page, pageSize: query.pageSize, entries };
}
