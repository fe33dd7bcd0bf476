/**
 * Upload jobs stored as (:IngestJob) nodes (graph-schema/stored/bookkeeping.ts), so the job list
 * survives a restart and a job the restart cut off reads as `interrupted`. Each write is one
 * managed transaction that SETs whole values on a MERGE by id, so a retried write changes nothing.
 */
import type { Database } from '@graph-schema/db/driver';
import { type IngestSummary, JobState } from '@graph-schema/dto/ingest';
import { IngestJobNode, IngestSummaryJson } from '@graph-schema/stored/bookkeeping';
import { readRows } from '@server/platform/db/read';
import { txRows, writeTransaction } from '@server/platform/db/write';
import { visibleWorkspaceWhere } from '@server/platform/visibility/visibility';
import { z } from 'zod';

/** A job as the server keeps it: the stored node's values, the summary decoded. */
export interface StoredJob {
  id: string;
  state: z.infer<typeof JobState>;
  fileNames: string[];
  /** Where the uploads lie; used to re-run, never sent to a client. */
  paths: string[];
  project?: string;
  /** The client workspace (absent on jobs stored before workspaces: the default one). */
  workspace?: string;
  /** The server whose queue runs it (AppOptions.serverId); absent on jobs stored before. */
  server?: string;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  summary?: IngestSummary;
  error?: string;
}

function nodeOf(job: StoredJob): IngestJobNode {
  const { summary, ...rest } = job;
  const counts = summary
    ? {
        read: summary.totals.read,
        loaded: summary.totals.loaded,
        updated: summary.totals.updated,
        quarantined: summary.totals.quarantined,
        summaryJson: z.encode(IngestSummaryJson, summary),
      }
    : {};
  return IngestJobNode.parse({ ...rest, ...counts });
}

// `SET j = $node` replaces every property, so one a re-run clears (error, summary) is removed.
const SAVE = 'MERGE (j:IngestJob {id: $node.id}) SET j = $node';

const JobRow = z.object({
  id: z.string(),
  state: JobState,
  fileNames: z.array(z.string()),
  paths: z.array(z.string()),
  project: z.string().nullable(),
  workspace: z.string().nullable(),
  server: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  summaryJson: z.string().nullable(),
  error: z.string().nullable(),
});
const COLUMNS = `j.id AS id, j.state AS state, j.fileNames AS fileNames, j.paths AS paths,
  j.project AS project, j.workspace AS workspace, j.server AS server, j.createdAt AS createdAt, j.startedAt AS startedAt, j.finishedAt AS finishedAt,
  j.summaryJson AS summaryJson, j.error AS error`;

function jobOf(row: z.infer<typeof JobRow>): StoredJob {
  const optional = {
    project: row.project,
    workspace: row.workspace,
    server: row.server,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    summary: row.summaryJson === null ? null : z.decode(IngestSummaryJson, row.summaryJson),
    error: row.error,
  };
  const present = Object.entries(optional).filter(([, value]) => value !== null);
  return {
    id: row.id,
    state: row.state,
    fileNames: row.fileNames,
    paths: row.paths,
    createdAt: row.createdAt,
    ...Object.fromEntries(present),
  };
}

// ISO timestamps sort as text; the newest job first.
/** Jobs the list shows: older ones stay stored but are not listed. */
export const LISTED_JOBS = 50;
// Only the jobs of the request's visible workspaces (platform/visibility).
const listQuery = (visible: string) =>
  `MATCH (j:IngestJob) WHERE ${visible} RETURN ${COLUMNS} ORDER BY j.createdAt DESC, j.id LIMIT ${LISTED_JOBS}`;
const getQuery = (visible: string) => `MATCH (j:IngestJob {id: $id}) WHERE ${visible} RETURN ${COLUMNS}`;
// Only this server's jobs (or older ones that name no server): another server on the same
// database may be running its own right now (docs/scaling.md).
const INTERRUPT = `
MATCH (j:IngestJob) WHERE j.state IN ['queued', 'running'] AND coalesce(j.server, $server) = $server
SET j.state = 'interrupted'
RETURN count(j) AS interrupted`;
const InterruptedRow = z.object({ interrupted: z.number() });
// Interrupted jobs can be re-run; queued and running ones belong to another server when upload
// folders are shared, so the start-up sweep keeps all three.
const KEPT_PATHS = `
MATCH (j:IngestJob) WHERE j.state IN ['queued', 'running', 'interrupted']
UNWIND j.paths AS path RETURN path`;
const PathRow = z.object({ path: z.string() });

export class IngestJobStore {
  /** `server`: this server's name among several on one database (AppOptions.serverId). */
  constructor(
    private readonly db: Database,
    readonly server: string,
  ) {}

  async save(job: StoredJob): Promise<void> {
    const node = nodeOf(job);
    await writeTransaction(this.db, (tx) => tx.run(SAVE, { node }));
  }

  async get(id: string): Promise<StoredJob | undefined> {
    const visible = visibleWorkspaceWhere('j');
    const [row] = await readRows(this.db, JobRow, getQuery(visible.where), { ...visible.params, id });
    return row ? jobOf(row) : undefined;
  }

  async list(): Promise<StoredJob[]> {
    const visible = visibleWorkspaceWhere('j');
    return (await readRows(this.db, JobRow, listQuery(visible.where), visible.params)).map(jobOf);
  }

  /** Jobs this server left queued or running when it stopped: none of them is running now. */
  async interruptUnfinished(): Promise<number> {
    const [row] = await writeTransaction(this.db, (tx) =>
      txRows(tx, InterruptedRow, INTERRUPT, { server: this.server }),
    );
    return row?.interrupted ?? 0;
  }

  /** The upload files of unfinished and interrupted jobs (of any server): the start-up sweep keeps them. */
  async unfinishedPaths(): Promise<string[]> {
    return (await readRows(this.db, PathRow, KEPT_PATHS)).map((row) => row.path);
  }
}
