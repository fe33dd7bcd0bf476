/**
 * `npm run applicants:audit -- [--limit N] [--json]`: lists each merged applicant with its
 * spellings, the files each came from and how many patents each spelling names (see
 * applicant-merges.ts), from the managed local Neo4j or NEO4J_URI. Reads only.
 */
import { parseArgs } from 'node:util';
import { resolveConnection } from '@db/connect';
import { createDatabase } from '@graph-schema/db/driver';
import { readApplicantMerges } from './applicant-merges';
import { formatApplicantMerges } from './format-merges';

const USAGE = 'usage: npm run applicants:audit -- [--limit N (default 50, 0 = all)] [--json]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      limit: { type: 'string', default: '50' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0)
    throw new Error(`--limit expects a whole number, got ${values.limit}`);
  const log = (line: string) => console.error(line);
  const db = createDatabase((await resolveConnection(process.env, log)).settings);
  try {
    const report = await readApplicantMerges(db, limit);
    console.log(values.json ? JSON.stringify(report, null, 2) : formatApplicantMerges(report));
  } finally {
    await db.driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
