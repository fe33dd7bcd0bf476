/**
 * The rows of the XLSX dataset appendix, read for the report's scope. Families and scores come from
 * the analysis snapshot /api/core-patents ranks (server/features/core-patents/core-patents.ts
 * rankFamilies, with that route's default preset and core share), so the sheet and the API agree;
 * members and branch tags are read by the snapshot's publication ids in bounded pages (index
 * lookups, no SKIP, no rescan of the scope per page), so a scope of 100k families never sits in one
 * result.
 */
import { CorePatentsQuery } from '@graph-schema/dto/core-patents';
import type { ScopeQuery } from '@graph-schema/dto/scope';
import type { CoreScoreResult } from '@server/analytics/core-score';
import { rankFamilies } from '@server/features/core-patents/core-patents';
import type { ServerContext } from '@server/platform/context';
import { readRows } from '@server/platform/db/read';
import type { FamilyRecord } from '@server/platform/snapshot/snapshot-families';
import { z } from 'zod';

export const PAGE_SIZE = 5000;

/** What the sheets show of a snapshot family record. */
export type FamilySheetRecord = Pick<
  FamilyRecord,
  'familyId' | 'representativeId' | 'memberIds' | 'title' | 'applicant' | 'priorityDay'
>;

export interface FamilyRow {
  family: FamilySheetRecord;
  /** How the family was formed (graph-schema/vocabulary/family.ts); null for a publication without family. */
  kind: string | null;
}

export interface MemberRow {
  id: string;
  familyId: string | null;
  office: string | null;
  kind: string | null;
  applicationDate: string | null;
  priorityDate: string | null;
  publicationDate: string | null;
  grantDate: string | null;
  applicants: string[];
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

const FAMILY_KINDS = `UNWIND $ids AS id OPTIONAL MATCH (f:Family {id: id}) RETURN id, f.kind AS kind`;

const nullable = z.string().nullable();

/** Publications by id (unique index lookups), one page of ids at a time. */
const MEMBERS_BY_ID = `
UNWIND $ids AS id
MATCH (p:Patent {id: id})
RETURN p.id AS id, p.familyId AS familyId, p.jurisdiction AS office, p.kind AS kind,
  toString(p.applicationDate) AS applicationDate, toString(p.priorityDate) AS priorityDate,
  toString(p.publicationDate) AS publicationDate, toString(p.grantDate) AS grantDate,
  [(p)-[r:FILED_BY]->(a:Applicant) | {name: a.name, order: coalesce(r.order, 0)}] AS applicants
ORDER BY id`;

const MemberRecord = z.object({
  id: z.string(),
  familyId: nullable,
  office: nullable,
  kind: nullable,
  applicationDate: nullable,
  priorityDate: nullable,
  publicationDate: nullable,
  grantDate: nullable,
  applicants: z.array(z.object({ name: z.string(), order: z.number() })),
});

/** The branch name in the report's language; the property name comes from a fixed pair. */
const tagsById = (language: 'zh' | 'en') => `
UNWIND $ids AS id
MATCH (p:Patent {id: id})-[t:TAGGED]->(b:TechBranch)
RETURN p.id AS patentId, p.familyId AS familyId, t.chain AS chain, b.id AS branchId,
  ${language === 'zh' ? 'b.nameZh' : 'b.nameEn'} AS branchName, t.rule AS rule, t.matchedBy AS matchedBy
ORDER BY patentId, branchId, rule`;

const TagRecord = z.object({
  patentId: z.string(),
  familyId: nullable,
  chain: nullable,
  branchId: z.string(),
  branchName: z.string(),
  rule: nullable,
  matchedBy: nullable,
});

/**
 * The publications in scope, in id order: the members of the snapshot's families, which the
 * snapshot read with the scope clause (server/platform/snapshot/snapshot-cypher.ts), so the
 * Members sheet and the Families sheet count the same publications.
 */
function publicationIds(families: readonly FamilySheetRecord[]): string[] {
  return families.flatMap((family) => family.memberIds).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function* idPages<Row extends z.ZodType>(
  server: ServerContext,
  ids: readonly string[],
  row: Row,
  cypher: string,
): AsyncGenerator<z.output<Row>[]> {
  for (let start = 0; start < ids.length; start += PAGE_SIZE)
    yield await readRows(server.db, row, cypher, { ids: ids.slice(start, start + PAGE_SIZE) });
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
      for (let start = 0; start < families.length; start += PAGE_SIZE) {
        const page = families.slice(start, start + PAGE_SIZE);
        const kinds = await readRows(server.db, z.object({ id: z.string(), kind: nullable }), FAMILY_KINDS, {
          ids: page.map((family) => family.familyId),
        });
        const kindOf = new Map(kinds.map((row) => [row.id, row.kind]));
        yield page.map((family) => ({ family, kind: kindOf.get(family.familyId) ?? null }));
      }
    },
    async *members() {
      const ids = publicationIds((await snapshot()).families);
      for await (const page of idPages(server, ids, MemberRecord, MEMBERS_BY_ID))
        yield page.map(({ applicants, ...member }) => ({
          ...member,
          applicants: [...applicants]
            .sort((x, y) => x.order - y.order || x.name.localeCompare(y.name))
            .map((applicant) => applicant.name),
        }));
    },
    async *branchTags() {
      const ids = publicationIds((await snapshot()).families);
      yield* idPages(server, ids, TagRecord, tagsById(language));
    },
    async scores() {
      const current = await snapshot();
      const ranking = rankFamilies(current, CORE_DEFAULTS);
      return ranking.map((result) => ({
        result,
        family: current.families[current.graph.indexOf.get(result.id)!]!,
      }));
    },
  };
}
