/**
 * Every test run writes its temporary files (uploads, quarantine files, report outputs, the browser
 * harness's scratch folders, Chromium profiles) under one folder of its own, removed when the run
 * ends: test files create them with os.tmpdir() and many cannot clean up after a failure, and a
 * machine that runs the suite day after day must not fill /tmp. The test workers start after this
 * setup, so they inherit TMPDIR. PATNAV_KEEP_TEST_TMP=1 keeps the folder for a post-mortem.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const RUN_TEMP_PREFIX = 'patnav-test-run-';

export default function setup(): () => void {
  const parent = process.env.TMPDIR ?? os.tmpdir();
  const folder = mkdtempSync(path.join(parent, RUN_TEMP_PREFIX));
  const before = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  for (const name of ['TMPDIR', 'TMP', 'TEMP'] as const) process.env[name] = folder;
  return () => {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    if (process.env.PATNAV_KEEP_TEST_TMP === '1') console.log(`[test-tmp] kept ${folder}`);
    else rmSync(folder, { recursive: true, force: true });
  };
}
