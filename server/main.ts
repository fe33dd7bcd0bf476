/**
 * `npm start`: start (or reuse) Neo4j, apply migrations, load the demo corpus into an empty
 * database, then serve the API and the built web app on one port and print the URL.
 * This is the composition root: the only server file that imports ingest/ (to inject the
 * ingest runner behind the upload endpoint); the rest of server/ never does.
 */
import path from 'node:path';
import { REPO_ROOT } from '@db/config';
import { resolveConnection } from '@db/connect';
import { LauncherError } from '@db/errors';
import { loadDemoIfEmpty } from '@demo/load';
import { createDatabase, SERVER_DRIVER_TUNING } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { runIngest } from '@ingest/pipeline/ingest';
import { removeDataset } from '@ingest/pipeline/remove-dataset';
import { buildApp } from './app';
import { serverEnvFrom } from './config';
import { ensureFirstAdmin, FIRST_ADMIN } from './features/accounts/first-admin';
import { authStartRefusal } from './features/accounts/start-check';
import { checkHeapForGraph } from './heap-check';
import { RotatingLogFile } from './platform/logging/rotating-log-file';

async function main(): Promise<void> {
  const env = serverEnvFrom(process.env);
  const log = (line: string) => console.log(line);
  const refusal = authStartRefusal(env.HOST, env.PATNAV_AUTH);
  if (refusal) throw new StartRefused(refusal);
  const connection = await resolveConnection(process.env, log);
  const db = createDatabase(connection.settings, SERVER_DRIVER_TUNING);
  const migrations = await applyMigrations(db);
  if (migrations.applied.length > 0) log(`Migrations applied: ${migrations.applied.join(', ')}`);
  if (env.PATNAV_AUTH === 'on') {
    const oneTimePassword = await ensureFirstAdmin(db);
    // Printed once here, to the console only (never to the server log); stored only as a hash.
    if (oneTimePassword) log(firstAdminNotice(oneTimePassword));
  }
  if (env.PATNAV_DEMO === 'auto') await loadDemoIfEmpty(db, { families: env.PATNAV_DEMO_FAMILIES, log });
  await checkHeapForGraph(db, log);
  const dataDir = path.resolve(env.PATNAV_DATA_DIR ?? path.join(REPO_ROOT, '.patnav', 'data'));
  const logFile =
    env.PATNAV_LOG_FILE === 'on'
      ? new RotatingLogFile({
          folder: path.join(dataDir, 'logs'),
          maxBytes: env.PATNAV_LOG_MAX_MB * 1024 * 1024,
          keep: env.PATNAV_LOG_KEEP,
        })
      : undefined;
  const app = await buildApp({
    db,
    ...(logFile ? { logStream: logFile } : {}),
    security: {
      // A server bound to a LAN address answers to it; 0.0.0.0 needs PATNAV_ALLOWED_HOSTS.
      allowedHosts: [...env.PATNAV_ALLOWED_HOSTS, ...(env.HOST === '0.0.0.0' ? [] : [env.HOST])],
      rateLimitPerMinute: env.PATNAV_RATE_LIMIT === 0 ? false : env.PATNAV_RATE_LIMIT,
    },
    webRoot: path.join(REPO_ROOT, 'dist', 'web'),
    logLevel: env.LOG_LEVEL,
    auth: { mode: env.PATNAV_AUTH, secureCookies: env.PATNAV_SECURE_COOKIES === 'on' },
    uploadMaxBytes: env.PATNAV_UPLOAD_MAX_MB * 1024 * 1024,
    uploadDir: path.join(dataDir, 'uploads'),
    ...(env.PATNAV_SERVER_ID ? { serverId: env.PATNAV_SERVER_ID } : {}),
    retainUploads: env.PATNAV_UPLOAD_RETENTION === 'keep',
    reportDir: path.resolve(env.PATNAV_REPORT_DIR ?? path.join(REPO_ROOT, '.patnav', 'reports')),
    datasetRemover: (checksum) => removeDataset(db, checksum),
    ingestRunner: (files, onProgress, projectId, workspace) =>
      runIngest(db, files, {
        quarantineDir: path.join(dataDir, 'quarantine'),
        onProgress,
        ...(projectId ? { projectId } : {}),
        ...(workspace ? { workspace } : {}),
      }),
  });
  // Jobs the last run of the server left unfinished read as interrupted from the start.
  await app.ingestJobs?.recover();
  const shutdown = async () => {
    await app.close();
    await db.driver.close();
    logFile?.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: env.PORT, host: env.HOST });
  const shownHost = env.HOST === '0.0.0.0' || env.HOST === '127.0.0.1' ? 'localhost' : env.HOST;
  log(
    `PatNav is running: http://${shownHost}:${env.PORT}/  (API docs: /docs; Neo4j: ${connection.settings.uri}${connection.managed ? ', managed — stop it with npm run db:stop' : ''})`,
  );
}

/** A configuration the server will not run with; the message says how to fix it. */
class StartRefused extends Error {}

function firstAdminNotice(password: string): string {
  return [
    '',
    '================================================================',
    ` First start: user "${FIRST_ADMIN}" created. One-time password (shown only now):`,
    `   ${password}`,
    ' Sign in with it in the browser; you will be asked to choose your own.',
    '================================================================',
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  if (error instanceof StartRefused) {
    console.error(`error: ${error.message}`);
  } else if (error instanceof LauncherError) {
    console.error(`error [${error.code}]: ${error.message}`);
    if (error.detail) console.error(error.detail);
  } else {
    console.error(error);
  }
  process.exit(1);
});
