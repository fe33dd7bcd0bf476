/** Tests write under their run's own temporary folder (test/temp-folder-setup.ts), which the run removes. */
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_TEMP_PREFIX } from './temp-folder-setup';

describe('the test run temporary folder', () => {
  it('is what os.tmpdir() gives a test file', () => {
    expect(path.basename(os.tmpdir()).startsWith(RUN_TEMP_PREFIX)).toBe(true);
  });
});
