/**
 * Workspace isolation (issue 14), enforced in one place: every `/api/` request runs inside an
 * async context holding what its user may see — the client workspaces granted to them and the
 * datasets (ingest batches) of those workspaces. The query layer reads it from there: the scope
 * filter adds `visiblePatent` to every scoped query, caches key their entries by `visibilityKey`,
 * and project, job and report reads filter by `visibleWorkspaces`. No route passes it along, so
 * none can forget it. A patent is visible when one of its datasets is; outside any request (CLI
 * report, start-up warm-ups) everything is visible, inside one nothing is until the accounts hook
 * says otherwise (deny by default).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** `null` lists mean "everything" (an admin, or accounts off). */
export interface Visibility {
  readonly workspaces: readonly string[] | null;
  readonly datasets: readonly string[] | null;
}

/** The workspace of data and projects made without naming one (single-client installs, the CLI, the demo). */
export const DEFAULT_WORKSPACE = 'default';

export const SEES_ALL: Visibility = { workspaces: null, datasets: null };
export const SEES_NOTHING: Visibility = { workspaces: [], datasets: [] };

/** A mutable holder: the request's context is entered before its user is known. */
export interface VisibilityHolder {
  visibility: Visibility;
}

const storage = new AsyncLocalStorage<VisibilityHolder>();

/** Runs `next` (the rest of a request) in a context that sees nothing until `holder` is filled. */
export function runInRequestContext(holder: VisibilityHolder, next: () => void): void {
  storage.run(holder, next);
}

export function currentVisibility(): Visibility {
  return storage.getStore()?.visibility ?? SEES_ALL;
}

/** Identifies what a visibility sees, for cache keys: `*` for everything. */
export function visibilityKey(visibility: Visibility = currentVisibility()): string {
  if (visibility.datasets === null || visibility.workspaces === null) return '*';
  return JSON.stringify([[...visibility.workspaces].sort(), [...visibility.datasets].sort()]);
}

/** The condition "patent `alias` belongs to a visible dataset", or undefined when all are visible. */
export function visiblePatent(
  alias: string,
  visibility: Visibility = currentVisibility(),
): [string, Record<string, unknown>] | undefined {
  if (visibility.datasets === null) return undefined;
  return [
    `any(visibleDs IN coalesce(${alias}.datasets, []) WHERE visibleDs IN $visibleDatasets)`,
    { visibleDatasets: [...visibility.datasets] },
  ];
}

/** `visiblePatent` as a ready WHERE fragment (`true` when all is visible) with its params. */
export function visiblePatentWhere(alias: string): { where: string; params: Record<string, unknown> } {
  const condition = visiblePatent(alias);
  return condition ? { where: condition[0], params: condition[1] } : { where: 'true', params: {} };
}

export interface PatentFilter {
  /** The condition "patent `alias` is visible" (`true` when all is). */
  readonly seen: (alias: string) => string;
  /** Visible, or a citation stub (`external`: only an id some loaded record cites). */
  readonly seenOrStub: (alias: string) => string;
  readonly params: Record<string, unknown>;
  /** Everything is visible: callers may skip a condition that would only cost time. */
  readonly all: boolean;
  /** " AND <applicant `alias` filed a visible patent>", or "" when all is visible. */
  readonly andApplicantSeen: (alias: string) => string;
}

/** For queries that test several patent aliases (a patent, its family members, its citations). */
export function patentFilter(visibility: Visibility = currentVisibility()): PatentFilter {
  if (visibility.datasets === null)
    return {
      seen: () => 'true',
      seenOrStub: () => 'true',
      params: {},
      all: true,
      andApplicantSeen: () => '',
    };
  const seen = (alias: string) => visiblePatent(alias, visibility)![0];
  return {
    seen,
    seenOrStub: (alias) => `(${alias}.external OR ${seen(alias)})`,
    params: { visibleDatasets: [...visibility.datasets] },
    all: false,
    andApplicantSeen: (alias) =>
      ` AND EXISTS { MATCH (${alias})<-[:FILED_BY|OWNED_BY]-(seenBy:Patent) WHERE ${seen('seenBy')} }`,
  };
}

/** A Project's or IngestJob's workspace; nodes written before workspaces existed are in the default one. */
export const workspaceOf = (alias: string) => `coalesce(${alias}.workspace, '${DEFAULT_WORKSPACE}')`;

/** A Dataset's workspaces (the same file may be loaded for several clients). */
export const datasetWorkspacesOf = (alias: string) =>
  `coalesce(${alias}.workspaces, ['${DEFAULT_WORKSPACE}'])`;

/** The condition "Project or IngestJob `alias` is in a visible workspace" (`true` when all are). */
export function visibleWorkspaceWhere(alias: string): { where: string; params: Record<string, unknown> } {
  const { workspaces } = currentVisibility();
  if (workspaces === null) return { where: 'true', params: {} };
  return {
    where: `${workspaceOf(alias)} IN $visibleWorkspaces`,
    params: { visibleWorkspaces: [...workspaces] },
  };
}

/** The condition "Dataset `alias` is in a visible workspace" (`true` when all are). */
export function visibleDatasetWhere(alias: string): { where: string; params: Record<string, unknown> } {
  const { workspaces } = currentVisibility();
  if (workspaces === null) return { where: 'true', params: {} };
  return {
    where: `any(visibleWs IN ${datasetWorkspacesOf(alias)} WHERE visibleWs IN $visibleWorkspaces)`,
    params: { visibleWorkspaces: [...workspaces] },
  };
}

/** Whether a workspace is visible to the current request. */
export function workspaceVisible(workspace: string): boolean {
  const { workspaces } = currentVisibility();
  return workspaces === null || workspaces.includes(workspace);
}
