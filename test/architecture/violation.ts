/**
 * The shapes shared by the checks: an import edge of the tree and a broken rule, with the one
 * line (or, for a cycle, one line per step) that a failing test prints for it.
 */

/** One import as written in a source file. Paths are repository-relative with `/`. */
export interface ImportEdge {
  /** The importing file. */
  from: string;
  /** The specifier as written (`@graph-schema/model`, `../cache`). */
  specifier: string;
  /** The file it resolves to; null when it resolves to no file. */
  to: string | null;
}

/** One broken rule: a single import, or for a cycle one example import per step. */
export interface Violation {
  rule: string;
  reason: string;
  steps: readonly { from: string; to: string }[];
}

/** `from → to: rule (reason)`; a cycle lists one example import per step on its own line. */
export function formatViolation(violation: Violation): string {
  const heading = `${violation.rule} (${violation.reason})`;
  const [first] = violation.steps;
  if (violation.steps.length === 1 && first) return `${first.from} → ${first.to}: ${heading}`;
  const steps = violation.steps.map((step) => `    ${step.from} → ${step.to}`);
  return [`${heading}:`, ...steps].join('\n');
}
