/**
 * The rows of the XLSX dataset appendix, read for the report's scope. Families, members and scores
 * come from the analysis snapshot the chapters already built (/api/core-patents ranks with it:
 * server/features/core-patents/core-patents.ts rankFamilies, with that route's default preset and
 * core share), so the sheets and the API agree and the appendix adds no pass over the scope for
 * them. Branch tags are the one extra read: one streamed query with the snapshot's scope clause,
 * folded into compact rows and handed out in pages.
 */
import { CorePatentsQuery } from '@graph-schema/dto/core-patents';
import type { ScopeQuery } from '@graph-schema/dto/scope';
import type { CoreScoreResult } from '@server/analytics/core-score';
import { rankFamilies } from '@server/features/core-patents/core-patents';
import type { ServerContext } from '@server/platform/context';
import { streamRows } from '@server/platform/db/read';
import { effectiveLeaves } from '@server/platform/scope/branch-membership';
import { scopeClause } from '@server/platform/scope/scope-clause';
import type { FamilyRecord, PublicationRecord } from '@server/platform/snapshot/snapshot-families';
import { z } from 'zod';

export const PAGE_SIZE = 5000;

/** What the sheets show of a snapshot family record. */
export type FamilySheetRecord = Pick<
  FamilyRecord,
  'familyId' | 'representativeId' | 'memberIds' | 'title' | 'applicant' | 'priorityDay'
>;

/** A publication in scope as the Members sheet shows it. */
export type MemberRow = Omit<PublicationRecord, 'applicants'> & { applicants: string[] };

export interface FamilyRow {
  family: FamilySheetRecord;
  /** How the family was formed (graph-schema/vocabulary/family.ts); null for a publication without family. */
  kind: string | null;
}

export interface BranchTagRow {
  patentId: string;
  familyId: string | null;
  chain: string | null;
  branchId: string;
  branchName: string;
  rule: string | null;
  matchedBy: string | null;
}

export interface ScoredFamily {
  result: CoreScoreResult;
  family: FamilySheetRecord;
}

/** Everything the appendix reads from the graph; the unit test hands in rows of its own. */
export interface DatasetRows {
  families(): AsyncIterable<FamilyRow[]>;
  members(): AsyncIterable<MemberRow[]>;
  branchTags(): AsyncIterable<BranchTagRow[]>;
  scores(): Promise<ScoredFamily[]>;
}

const nullable = z.string().nullable();

/**
 * The branch tags of the publications in scope: the snapshot's scope clause, so the sheet tags the
 * publications the Members sheet lists; in a project, its hand includes/excludes count (the one
 * membership helper). A hand-included tag has no rule. The branch name is in the report's language (the property
 * name comes from a fixed pair); rows are sorted in Node, which a streamed read cannot be in Cypher
 * without Neo4j buffering them all.
 */
function tagsInScope(scope: ScopeQuery, language: 'zh' | 'en') {
  const { where, params } = scopeClause(scope, 'p');
  const cypher = `
MATCH (p:Patent) WHERE ${where}
${effectiveLeaves('p', scope.project !== undefined, { anyChain: true })}
RETURN p.id AS patentId, p.familyId AS familyId, leaf.chain AS chain, leaf.id AS branchId,
  ${language === 'zh' ? 'leaf.nameZh' : 'leaf.nameEn'} AS branchName, rule, evidence AS matchedBy`;
  return { cypher, params };
}

const TagRecord = z.object({
  patentId: z.string(),
  familyId: nullable,
  chain: nullable,
  branchId: z.string(),
  branchName: z.string(),
  rule: nullable,
  matchedBy: nullable,
});

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The publications of the snapshot's families (read with the scope clause), in id order. */
function publicationsById(families: readonly FamilyRecord[]): PublicationRecord[] {
  return families.flatMap((family) => family.publications).sort((a, b) => byId(a.id, b.id));
}

function compareTags(a: BranchTagRow, b: BranchTagRow): number {
  return byId(a.patentId, b.patentId) || byId(a.branchId, b.branchId) || byId(a.rule ?? '', b.rule ?? '');
}

function* pages<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += PAGE_SIZE) yield rows.slice(start, start + PAGE_SIZE);
}

/** The defaults /api/core-patents ranks with when the request names no preset or share. */
const CORE_DEFAULTS = CorePatentsQuery.parse({});

export function graphDatasetRows(
  server: ServerContext,
  scope: ScopeQuery,
  language: 'zh' | 'en',
): DatasetRows {
  const snapshot = () => server.snapshots.snapshot(scope);
  return {
    async *families() {
      const { families } = await snapshot();
      for (const page of pages(families)) yield page.map((family) => ({ family, kind: family.kind }));
    },
    async *members() {
      for (const page of pages(publicationsById((await snapshot()).families)))
        yield page.map((publication) => ({ ...publication, applicants: [...publication.applicants] }));
    },
    async *branchTags() {
      const { cypher, params } = tagsInScope(scope, language);
      const rows = await streamRows(server.db, TagRecord, cypher, params, () => {
        const list: BranchTagRow[] = [];
        return { onRow: (row) => list.push(row), finish: () => list };
      });
      yield* pages(rows.sort(compareTags));
    },
    async scores() {
      const current = await snapshot();
      const ranking = await rankFamilies(current, CORE_DEFAULTS);
      return ranking.toArray().map((result, position) => ({
        result,
        family: current.families[ranking.familyIndexAt(position)]!,
      }));
    },
  };
}
