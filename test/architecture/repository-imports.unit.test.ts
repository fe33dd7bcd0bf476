/**
 * The dependency rules (import-rules.ts) on the real tree: every import of every TypeScript file
 * git knows of. A failure prints each broken import as `from → to: rule (reason)`.
 */
import { expect, it } from 'vitest';
import { readImportEdges } from './import-edges';
import { checkImports } from './import-rules';
import { formatViolation } from './violation';

// Parses every file of the tree (~1,000): about 2 s alone, over 5 s while other suites share the cores.
const SCAN_TIMEOUT_MS = 60_000;

it('every import of the repository keeps the dependency rules', { timeout: SCAN_TIMEOUT_MS }, () => {
  const edges = readImportEdges();
  // Guards against a scan that silently finds nothing (wrong root, git missing).
  expect(edges.length).toBeGreaterThan(1000);
  const report = checkImports(edges).map(formatViolation);
  // The message is the list itself, one line per import (a cycle: one line per step).
  expect(report.length, `import rule violations:\n${report.join('\n')}\n`).toBe(0);
});
