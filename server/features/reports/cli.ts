/**
 * `npm run report -- --project <file.json|id> [--format html,pdf,docx,xlsx] --out <dir> [--language zh|en]`
 * Makes the navigation report of a project — an exported project file (pins included, nothing is
 * stored) or a project id in the graph — with the same code as the API's report jobs, against the
 * managed local Neo4j (started or reused, as `npm run ingest` does) or NEO4J_URI. Prints progress
 * and the written files with their sizes; exits non-zero with a message on any error.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConnection } from '@db/connect';
import { LauncherError } from '@db/errors';
import { createDatabase, type Database } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { REPORT_FORMATS, ReportFormat, ReportLanguage } from '@graph-schema/dto/report';
import { createServerContext } from '@server/platform/context';
import { generateReport } from './generate-report';
import { RENDERERS } from './render';
import { ReportError } from './report-error';
import { reportFileName } from './report-files';
import { readProjectFile, readStoredProject } from './report-source';

const USAGE = `usage: npm run report -- --project <file.json|id> --out <dir> [--format ${REPORT_FORMATS.join(',')}] [--language zh|en]`;

class UsageError extends Error {}

function parseReportArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      project: { type: 'string' },
      format: { type: 'string', default: REPORT_FORMATS.join(',') },
      out: { type: 'string' },
      language: { type: 'string', default: 'zh' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  if (!values.project) throw new UsageError('--project is required (a project file or a project id)');
  if (!values.out) throw new UsageError('--out is required (the folder the files are written to)');
  const formats = values.format.split(',').map((f) => f.trim());
  const unknown = formats.filter((f) => !ReportFormat.safeParse(f).success);
  if (unknown.length > 0 || formats.length === 0)
    throw new UsageError(`--format ${values.format}: expected some of ${REPORT_FORMATS.join(', ')}`);
  const language = ReportLanguage.safeParse(values.language);
  if (!language.success) throw new UsageError(`--language ${values.language}: expected zh or en`);
  return {
    project: values.project,
    formats: [...new Set(formats as ReportFormat[])],
    out: path.resolve(values.out),
    language: language.data,
  };
}

const isProjectFile = (value: string) => value.endsWith('.json') || existsSync(value);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  const args = parseReportArgs(process.argv.slice(2));
  if (!args) return console.log(USAGE);
  const log = (line: string) => console.error(line);
  const fromFile = isProjectFile(args.project) ? await readProjectFile(path.resolve(args.project)) : null;
  let db: Database | null = null;
  try {
    db = createDatabase((await resolveConnection(process.env, log)).settings);
    await applyMigrations(db);
    const source = fromFile ?? (await readStoredProject(db, args.project));
    log(
      `Report of ${source.origin}: "${source.project.definition.name}", ${source.pins.length} pins, ${args.language}`,
    );
    await mkdir(args.out, { recursive: true, mode: 0o700 });
    const today = new Date().toISOString().slice(0, 10);
    let lastStep = '';
    const written: string[] = [];
    await generateReport({
      server: createServerContext(db),
      ...source,
      language: args.language,
      today,
      formats: args.formats,
      renderers: RENDERERS,
      onProgress: (step, fraction) => {
        if (step !== lastStep) log(`[${String(Math.round(fraction * 100)).padStart(3)}%] ${step}`);
        lastStep = step;
      },
      onFile: async ({ format, bytes, renderMs }) => {
        const file = path.join(args.out, reportFileName(source.project.definition.name, today, format));
        await writeFile(file, bytes, { mode: 0o600 });
        written.push(
          `  ${format.padEnd(5)} ${kib(bytes.byteLength).padStart(12)}  ${(renderMs / 1000).toFixed(1)} s  ${file}`,
        );
      },
    });
    console.log(`Written ${written.length} file(s):\n${written.join('\n')}`);
  } finally {
    await db?.driver.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`error: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (error instanceof LauncherError || error instanceof ReportError) {
    console.error(`error [${error.code}]: ${error.message}`);
    if (error instanceof LauncherError && error.detail) console.error(error.detail);
  } else {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
});
