/**
 * The dependency rules of the repository and a pure checker: given the import edges of the tree,
 * it returns every edge that breaks a rule. Reading files and resolving specifiers is
 * `import-edges.ts`; folder cycles are `folder-cycles.ts`; the edge and violation shapes `violation.ts`.
 *
 * Type-only imports (`import type`) are edges like any other: they still couple the two folders,
 * and a type moved or renamed on one side breaks the other.
 */
import path from 'node:path';
import { folderCycles } from './folder-cycles';
import type { ImportEdge, Violation } from './violation';

/**
 * A folder may not import from the `forbid` folders, `except` the ones listed.
 * Patterns are a folder with `/**` (everything below it) or one exact file.
 */
export interface FolderRule {
  rule: string;
  reason: string;
  from: string;
  forbid: readonly string[];
  except?: readonly string[];
}

const EVERY_CONSUMER = ['server/**', 'ingest/**', 'web/**', 'db/**', 'demo/**', 'test/**', 'bench/**'];

export const FOLDER_RULES: readonly FolderRule[] = [
  {
    rule: 'graph-schema imports no consumer',
    reason: 'it is the one contract every consumer imports, so it may depend on none of them',
    from: 'graph-schema/**',
    forbid: EVERY_CONSUMER,
  },
  {
    rule: 'ingest never imports server, web, test or bench',
    reason:
      'ingest runs on its own and shares only graph-schema with the server; test and bench sit above it',
    from: 'ingest/**',
    forbid: ['server/**', 'web/**', 'test/**', 'bench/**'],
  },
  {
    rule: 'web imports only the browser-safe part of graph-schema',
    reason: 'graph-schema/db and migrations pull neo4j-driver and Node modules into the browser bundle',
    from: 'web/**',
    forbid: ['graph-schema/**'],
    except: ['graph-schema/dto/**', 'graph-schema/model.ts', 'graph-schema/vocabulary/**'],
  },
  {
    rule: 'web imports nothing from the Node side',
    reason: 'the browser reaches the server over HTTP only; the shared shapes are in graph-schema/dto',
    from: 'web/**',
    forbid: ['server/**', 'ingest/**', 'db/**', 'demo/**', 'test/**', 'bench/**'],
  },
  {
    rule: 'server/analytics imports nothing else from server',
    reason: 'it is the pure algorithm library: no database, no HTTP, no explanations',
    from: 'server/analytics/**',
    forbid: ['server/**'],
    except: ['server/analytics/**'],
  },
  {
    rule: 'server/platform imports nothing from server/features',
    reason: 'features build on the platform, never the other way round',
    from: 'server/platform/**',
    forbid: ['server/features/**'],
  },
  {
    rule: 'server features read the database only through server/platform/db',
    reason: 'one read helper parses every row with a zod schema and routes reads as READ transactions',
    from: 'server/features/**',
    forbid: ['graph-schema/db/tx.ts'],
  },
  {
    rule: 'demo never imports server',
    reason: 'the demo generator writes input files like any export and runs without the server',
    from: 'demo/**',
    forbid: ['server/**'],
  },
];

export const DEEP_RELATIVE = {
  rule: 'no relative import that climbs two levels',
  reason: 'use the @folder/ alias: it names the folder crossed and survives moves',
};

export const UNRESOLVED = {
  rule: 'every import resolves to a file',
  reason: 'a path that points nowhere is stale after a move; tsc misses it in side-effect and asset imports',
};

export function matches(pattern: string, file: string): boolean {
  return pattern.endsWith('/**') ? file.startsWith(pattern.slice(0, -2)) : file === pattern;
}

function breaks(rule: FolderRule, from: string, to: string): boolean {
  return (
    matches(rule.from, from) &&
    rule.forbid.some((pattern) => matches(pattern, to)) &&
    !(rule.except ?? []).some((pattern) => matches(pattern, to))
  );
}

function climbsTwoLevels(specifier: string): boolean {
  return specifier.startsWith('.') && path.posix.normalize(specifier).startsWith('../../');
}

/** Every violation of the folder rules, the import-form rules and the no-cycle rule. */
export function checkImports(
  edges: readonly ImportEdge[],
  rules: readonly FolderRule[] = FOLDER_RULES,
): Violation[] {
  const violations: Violation[] = [];
  for (const edge of edges) {
    if (climbsTwoLevels(edge.specifier)) {
      violations.push({ ...DEEP_RELATIVE, steps: [{ from: edge.from, to: edge.specifier }] });
    }
    const to = edge.to;
    if (to === null) {
      violations.push({ ...UNRESOLVED, steps: [{ from: edge.from, to: edge.specifier }] });
      continue;
    }
    for (const rule of rules) {
      if (breaks(rule, edge.from, to)) {
        violations.push({ rule: rule.rule, reason: rule.reason, steps: [{ from: edge.from, to }] });
      }
    }
  }
  return [...violations, ...folderCycles(edges)];
}
