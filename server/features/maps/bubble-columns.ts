/**
 * The column expression of the bubble matrix: per patent `p`, the list of column values it falls in.
 * Only fixed text chosen by validated enums is spliced into Cypher; the chain is a parameter.
 */
import type { BubbleMatrixAxis, ClassLevel } from '@graph-schema/dto/bubble-matrix';
import type { ScopeQuery } from '@graph-schema/dto/scope';
import { effectiveLeafIds } from '@server/platform/scope/branch-membership';

/** Code prefix lengths of the CPC/IPC levels (H, H01, H01M); the main group ends before the "/". */
const PREFIX_LENGTH: Record<Exclude<ClassLevel, 'subclass' | 'group'>, number> = { section: 1, class: 3 };

/** `project`: the scope names a project, whose hand includes and excludes the branch axis honours. */
export function columnExpression(axis: BubbleMatrixAxis, level: ClassLevel, project = false): string {
  if (axis === 'branch') return effectiveLeafIds('p', project);
  const scheme = axis === 'cpc' ? 'cpc' : 'ipc';
  if (level === 'subclass') return `coalesce(p.${scheme}Subclasses, [])`;
  if (level === 'group')
    return `[code IN coalesce(p.${scheme}Codes, []) | replace(split(code, '/')[0], ' ', '')]`;
  return `[code IN coalesce(p.${scheme}Subclasses, []) | substring(code, 0, ${PREFIX_LENGTH[level]})]`;
}

/** The API path that reproduces a response: the endpoint with the query as the client sends it. */
export function evidencePath(endpoint: string, query: object): string {
  const search = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, value]) =>
        `${name}=${encodeURIComponent(Array.isArray(value) ? value.join(',') : String(value))}`,
    );
  return `${endpoint}?${search.join('&')}`;
}

/** A branch axis needs the chain the branches belong to. */
export function chainOf(axis: BubbleMatrixAxis, scope: ScopeQuery): string | undefined {
  return axis === 'branch' ? scope.chain : undefined;
}
