/**
 * Cycles between folder units. A unit is a top-level folder, except that the folders below are
 * split into their immediate subfolders (files directly in a split folder form the folder's own
 * unit): `server/features/fto/routes.ts` is the unit `server/features/fto`, `server/app.ts` the
 * unit `server`, `ingest/readers/csv.ts` the unit `ingest/readers`, `web/src/app/x.ts`
 * `web/src/app`.
 */
import type { ImportEdge, Violation } from './violation';

export const SPLIT_FOLDERS: ReadonlySet<string> = new Set([
  'server',
  'server/features',
  'ingest',
  'web',
  'web/src',
]);

/**
 * Root units that take no part in cycles: their files compose the folder (server/app.ts and
 * main.ts, ingest/cli.ts and read.ts) or are what all of it shares (server/config.ts,
 * ingest/record.ts), so they import, and are imported by, any of its units.
 */
export const CYCLE_EXEMPT_UNITS: ReadonlySet<string> = new Set(['server', 'ingest']);

export const FOLDER_CYCLE = {
  rule: 'no cycle between folders',
  reason: 'folders in a cycle can be neither understood, tested nor moved one at a time',
};

export function unitOf(file: string): string {
  const segments = file.split('/');
  const folders = segments.slice(0, -1);
  if (folders.length === 0) return '.';
  let unit = folders[0]!;
  for (const next of folders.slice(1)) {
    if (!SPLIT_FOLDERS.has(unit)) break;
    unit = `${unit}/${next}`;
  }
  return unit;
}

type Step = { from: string; to: string };

/** unit → imported unit → the first import (in sorted order) that makes the edge. */
function unitGraph(edges: readonly ImportEdge[]): Map<string, Map<string, Step>> {
  const graph = new Map<string, Map<string, Step>>();
  const sorted = edges
    .flatMap((edge) => (edge.to === null ? [] : [{ from: edge.from, to: edge.to }]))
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  for (const step of sorted) {
    const fromUnit = unitOf(step.from);
    const toUnit = unitOf(step.to);
    if (fromUnit === toUnit || CYCLE_EXEMPT_UNITS.has(fromUnit) || CYCLE_EXEMPT_UNITS.has(toUnit)) continue;
    const targets = graph.get(fromUnit) ?? new Map<string, Step>();
    if (!targets.has(toUnit)) targets.set(toUnit, step);
    graph.set(fromUnit, targets);
  }
  return graph;
}

/** The shortest unit path start → … → goal (breadth first), or null. */
function shortestPath(graph: Map<string, Map<string, Step>>, start: string, goal: string): string[] | null {
  const previous = new Map<string, string>([[start, start]]);
  const queue = [start];
  for (let unit = queue.shift(); unit !== undefined; unit = queue.shift()) {
    if (unit === goal) {
      const path = [goal];
      while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
      return path;
    }
    for (const next of [...(graph.get(unit)?.keys() ?? [])].sort()) {
      if (!previous.has(next)) {
        previous.set(next, unit);
        queue.push(next);
      }
    }
  }
  return null;
}

/** Rotates a cycle (first unit repeated at the end) to start at its smallest unit. */
function canonical(cycle: readonly string[]): string[] {
  const open = cycle.slice(0, -1);
  const start = open.indexOf([...open].sort()[0]!);
  const rotated = [...open.slice(start), ...open.slice(0, start)];
  return [...rotated, rotated[0]!];
}

/**
 * One violation per distinct cycle: for every unit edge A → B, the shortest way back B → … → A.
 * Every edge that closes a cycle so appears in at least one report, without listing all of the
 * (possibly exponentially many) elementary cycles.
 */
export function folderCycles(edges: readonly ImportEdge[]): Violation[] {
  const graph = unitGraph(edges);
  const seen = new Set<string>();
  const violations: Violation[] = [];
  for (const [from, targets] of [...graph].sort(([a], [b]) => a.localeCompare(b))) {
    for (const to of [...targets.keys()].sort()) {
      const back = shortestPath(graph, to, from);
      if (back === null) continue;
      const cycle = canonical([from, ...back]);
      const key = cycle.join(' → ');
      if (seen.has(key)) continue;
      seen.add(key);
      const steps = cycle.slice(0, -1).map((unit, index) => graph.get(unit)!.get(cycle[index + 1]!)!);
      violations.push({ rule: `${FOLDER_CYCLE.rule}: ${key}`, reason: FOLDER_CYCLE.reason, steps });
    }
  }
  return violations;
}
