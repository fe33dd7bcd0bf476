/**
 * `npm run token -- --user admin --role analyst [--name script]`
 * Prints a new API token for scripts on this machine (no browser needed): it is created in the
 * database the server's configuration points at (the managed local Neo4j, or NEO4J_URI), which is
 * what makes this local-only — whoever can run it can reach the database anyway. Use it as
 * `Authorization: Bearer <token>`. Only the token goes to stdout, so `$(npm run -s token -- …)` works.
 */
import { parseArgs } from 'node:util';
import { resolveConnection } from '@db/connect';
import { LauncherError } from '@db/errors';
import { createDatabase, type Database } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { Role } from '@graph-schema/dto/accounts';
import { issueToken, TokenRefused } from './api-tokens';

const USAGE =
  'usage: npm run token -- --user <name> --role viewer|analyst|admin [--name <what the script is>]';

function parseTokenArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      user: { type: 'string' },
      role: { type: 'string', default: 'analyst' },
      name: { type: 'string', default: 'script' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  if (!values.user) throw new TokenRefused('--user is required');
  const role = Role.safeParse(values.role);
  if (!role.success) throw new TokenRefused(`--role ${values.role}: expected viewer, analyst or admin`);
  return { user: values.user, role: role.data, name: values.name.slice(0, 60) || 'script' };
}

async function main(): Promise<void> {
  const args = parseTokenArgs(process.argv.slice(2));
  if (!args) return console.error(USAGE);
  let db: Database | null = null;
  try {
    db = createDatabase((await resolveConnection(process.env, (line) => console.error(line))).settings);
    await applyMigrations(db);
    console.log(await issueToken(db, args));
  } finally {
    await db?.driver.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof TokenRefused) console.error(`error: ${error.message}\n${USAGE}`);
  else if (error instanceof LauncherError) console.error(`error [${error.code}]: ${error.message}`);
  else console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
