/**
 * Branch membership has one reader (issue 13): a :TAGGED link is read only in
 * server/platform/scope/branch-membership.ts, which adds a project's hand includes and excludes.
 * A feature that matched TAGGED itself would show counts that ignore the overrides.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const HELPER = 'server/platform/scope/branch-membership.ts';
/** A relationship pattern naming the type: `[:TAGGED`, `[t:TAGGED`, `[tagged:TAGGED {…}`. */
const TAGGED_PATTERN = /\[\w*:TAGGED\b/;

function serverSources(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'server'], {
    encoding: 'utf8',
  });
  return listed.split('\n').filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
}

describe('TAGGED readers', () => {
  it('only the membership helper matches :TAGGED in the server', () => {
    const files = serverSources();
    expect(files).toContain(HELPER);
    const readers = files.filter((file) => TAGGED_PATTERN.test(readFileSync(file, 'utf8')));
    expect(readers).toEqual([HELPER]);
  });
});
