/**
 * `npm run ingest -- <files…> [--project ID] [--workspace W] [--format F] [--encoding E] [--chain C] [--dry-run] [--max-errors N] [--json]`
 * `npm run ingest -- --remove-dataset <sha256>`: deletes a dataset and what only it brought (pipeline/remove-dataset.ts).
 * Reads exports, tags them with the industry chains and loads them into Neo4j (the managed
 * local instance, or NEO4J_URI). Prints a progress line on a terminal and a summary at the end.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '@db/config';
import { resolveConnection } from '@db/connect';
import { LauncherError } from '@db/errors';
import { createDatabase, type Database } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { readRows } from '@graph-schema/db/tx';
import { WorkspaceId } from '@graph-schema/dto/accounts';
import { z } from 'zod';
import { choosesBulk } from './bulk/choose';
import { formatSteps } from './bulk/format-steps';
import { runBulkIngest } from './bulk/run';
import { TEXT_ENCODINGS, textEncodingOf } from './encoding';
import { formatSummary } from './pipeline/format-summary';
import { runIngest } from './pipeline/ingest';
import { ProgressLine } from './pipeline/progress-line';
import { removeDataset } from './pipeline/remove-dataset';
import { describeFormats, isFormatId } from './read';

const USAGE = `usage: npm run ingest -- <files…> [--project ID] [--workspace W] [--format F] [--encoding E] [--chain C]… [--chains-file F]… [--aliases F] [--dry-run] [--max-errors N] [--batch-size N] [--quarantine-dir D] [--json] [--bulk]
       npm run ingest -- --remove-dataset <sha256 of the dataset's file>`;

function parseCli(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      project: { type: 'string' },
      workspace: { type: 'string' },
      encoding: { type: 'string' },
      chain: { type: 'string', multiple: true },
      'chains-file': { type: 'string', multiple: true },
      aliases: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'max-errors': { type: 'string' },
      'batch-size': { type: 'string' },
      'quarantine-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
      'remove-dataset': { type: 'string' },
      bulk: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const number = (name: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`--${name} expects a whole number, got ${JSON.stringify(text)}`);
    return n;
  };
  if (values.format !== undefined && !isFormatId(values.format)) {
    throw new Error(`--format ${values.format} is not supported; formats:\n${describeFormats()}`);
  }
  const encoding = values.encoding === undefined ? undefined : textEncodingOf(values.encoding);
  if (values.encoding !== undefined && !encoding) {
    throw new Error(
      `--encoding ${values.encoding} is not supported; encodings: ${TEXT_ENCODINGS.join(', ')}`,
    );
  }
  if (values.workspace !== undefined && !WorkspaceId.safeParse(values.workspace).success)
    throw new Error(
      `--workspace ${JSON.stringify(values.workspace)}: expected a workspace id (1–40 lower-case letters, digits or "-")`,
    );
  return {
    workspace: values.workspace,
    files: positionals.map((f) => path.resolve(f)),
    format: values.format,
    projectId: values.project,
    encoding,
    chainIds: values.chain,
    chainFiles: values['chains-file'],
    aliasFile: values.aliases ? path.resolve(values.aliases) : undefined,
    dryRun: values['dry-run'] === true,
    maxErrors: number('max-errors', values['max-errors']),
    batchSize: number('batch-size', values['batch-size']),
    quarantineDir: path.resolve(values['quarantine-dir'] ?? path.join(REPO_ROOT, '.patnav', 'quarantine')),
    json: values.json === true,
    removeDataset: values['remove-dataset'],
    bulk: values.bulk === true,
    help: values.help === true,
  };
}

async function main(): Promise<void> {
  const args = parseCli(process.argv.slice(2));
  if (args.removeDataset !== undefined && !args.help) return removeOne(args.removeDataset);
  if (args.help || args.files.length === 0) {
    console.log(USAGE);
    if (!args.help) process.exitCode = 2;
    return;
  }
  const log = (line: string) => (args.json ? console.error(line) : console.log(line));
  if (await choosesBulk(args, process.env, log)) return bulkLoad(args, log);
  let db: Database | null = null;
  if (!args.dryRun) {
    db = createDatabase((await resolveConnection(process.env, log)).settings);
    await applyMigrations(db);
    if (args.workspace) await requireWorkspace(db, args.workspace);
  }
  const progress = new ProgressLine(process.stderr);
  try {
    const summary = await runIngest(db, args.files, {
      ...loadOptions(args, progress, log),
      ...(args.workspace ? { workspace: args.workspace } : {}),
      dryRun: args.dryRun,
    });
    progress.done();
    console.log(args.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
    if (summary.aborted) process.exitCode = 3;
  } finally {
    await db?.driver.close();
  }
}

/** The options both load paths (incremental and bulk) take from the command line. */
function loadOptions(args: ReturnType<typeof parseCli>, progress: ProgressLine, log: (line: string) => void) {
  return {
    ...(args.format ? { format: args.format } : {}),
    ...(args.projectId ? { projectId: args.projectId } : {}),
    ...(args.encoding ? { encoding: args.encoding } : {}),
    ...(args.chainIds ? { chainIds: args.chainIds } : {}),
    ...(args.chainFiles ? { chainFiles: args.chainFiles } : {}),
    ...(args.aliasFile ? { aliasFile: args.aliasFile } : {}),
    ...(args.maxErrors !== undefined ? { maxErrors: args.maxErrors } : {}),
    ...(args.batchSize ? { batchSize: args.batchSize } : {}),
    quarantineDir: args.quarantineDir,
    onProgress: (p: Parameters<ProgressLine['update']>[0]) => progress.update(p),
    log,
  };
}

/** The bulk first load (ingest/bulk/): same summary, plus the time of each step. */
async function bulkLoad(args: ReturnType<typeof parseCli>, log: (line: string) => void): Promise<void> {
  // Workspaces live in the graph; the bulk path needs an empty one, so none exists yet.
  if (args.workspace)
    throw new Error(
      '--workspace cannot be used with --bulk: the database must be empty, so no workspace exists yet',
    );
  const progress = new ProgressLine(process.stderr);
  const outcome = await runBulkIngest(args.files, loadOptions(args, progress, log));
  progress.done();
  console.log(
    args.json
      ? JSON.stringify(outcome, null, 2)
      : `${formatSummary(outcome.summary)}\n${formatSteps(outcome)}`,
  );
  if (outcome.summary.aborted) process.exitCode = 3;
}

/** The datasets of a load belong to a client workspace (issue 14): it must exist (an admin creates it). */
async function requireWorkspace(db: Database, id: string): Promise<void> {
  const rows = await readRows(
    db,
    z.object({ id: z.string() }),
    'MATCH (w:Workspace {id: $id}) RETURN w.id AS id',
    {
      id,
    },
  );
  if (rows.length === 0)
    throw new Error(
      `--workspace ${id}: no such workspace; an admin creates it first (Workspaces page or POST /api/workspaces)`,
    );
}

/** Deletes one dataset (by checksum, as `GET /api/projects/:id` lists it) and what only it brought. */
async function removeOne(checksum: string): Promise<void> {
  const db = createDatabase((await resolveConnection(process.env, console.error)).settings);
  try {
    await applyMigrations(db);
    const removed = await removeDataset(db, checksum);
    console.log(
      `removed dataset ${removed.fileName}: ${removed.patents} patents and ${removed.links} links no other dataset states`,
    );
  } finally {
    await db.driver.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof LauncherError) {
    console.error(`error [${error.code}]: ${error.message}`);
    if (error.detail) console.error(error.detail);
  } else {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
});
