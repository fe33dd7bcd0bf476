/** `npm run db:start | db:stop | db:status | db:reset | db:install` */
import { localNeo4jConfigFromEnv } from './config';
import { LauncherError } from './errors';
import { installNeo4j } from './install';
import { resetLocalNeo4j, startLocalNeo4j, statusLocalNeo4j, stopLocalNeo4j } from './launcher';

const log = (line: string) => console.log(line);

async function main(command: string | undefined): Promise<void> {
  if (process.env.NEO4J_URI && command !== 'install') {
    console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): PatNav uses that server and manages none.`);
    return;
  }
  const config = localNeo4jConfigFromEnv();
  switch (command) {
    case 'install':
      await installNeo4j(config, log);
      return;
    case 'start': {
      const started = await startLocalNeo4j(config, log);
      log(`Neo4j ${started.startedNow ? 'ready' : 'already running'}: ${started.uri} (pid ${started.pid})`);
      return;
    }
    case 'stop':
      if (!(await stopLocalNeo4j(config, log))) log('Neo4j is not running.');
      return;
    case 'status': {
      const status = await statusLocalNeo4j(config);
      log(
        `${status.state}${status.pid ? ` (pid ${status.pid})` : ''} — ${status.uri} — store ${status.homeDir}`,
      );
      return;
    }
    case 'reset':
      await resetLocalNeo4j(config, log);
      return;
    default:
      throw new Error(`usage: tsx db/cli.ts start|stop|status|reset|install (got ${command ?? 'nothing'})`);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  if (error instanceof LauncherError) {
    console.error(`error [${error.code}]: ${error.message}`);
    if (error.detail) console.error(error.detail);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
