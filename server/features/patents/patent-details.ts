/** One patent (its node parsed with the stored model) with its parties, classes, citation counts and branch tags. */

import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import { PATENT_LIST_CAP, type PatentDetail } from '@graph-schema/dto/patent';
import { PatentNode } from '@graph-schema/stored/patent';
import { readRows } from '@server/platform/db/read';
import { effectiveLeaves } from '@server/platform/scope/branch-membership';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';
import {
  citationLinks,
  claimList,
  familyMembers,
  LinkRow,
  legalTimeline,
  MemberRow,
  matchedRule,
  patentListColumns,
} from './patent-lists';

/**
 * A patent the request may see, or a citation stub cited by one (platform/visibility); counts and
 * lists count only visible patents. The branch tags per the membership helper: in a project, its
 * hand includes and excludes count.
 */
const patentQuery = (filter: PatentFilter, project: boolean) => `
MATCH (p:Patent {id: $id})
WHERE ${filter.seen('p')} OR (p.external AND EXISTS { MATCH (p)<-[:CITES]-(v:Patent) WHERE ${filter.seen('v')} })
RETURN p AS patent,
  [(p)-[r:FILED_BY]->(a:Applicant) | {key: a.key, name: a.name, order: r.order}] AS applicants,
  [(p)-[r:OWNED_BY]->(a:Applicant) | {key: a.key, name: a.name, order: r.order}] AS owners,
  [(p)-[r:INVENTED_BY]->(i:Inventor) | {key: i.key, name: i.name, order: r.order}] AS inventors,
  COLLECT { ${effectiveLeaves('p', project, { anyChain: true })}
            RETURN {id: leaf.id, name: coalesce(leaf.nameZh, leaf.nameEn, leaf.id), rule: rule, matchedBy: evidence,
                    rulesJson: leaf.rulesJson} ORDER BY leaf.id } AS branches,
  COUNT { MATCH (p)-[:CITES]->(c:Patent) WHERE ${filter.seenOrStub('c')} RETURN c } AS citations,
  COUNT { MATCH (p)<-[:CITES]-(c:Patent) WHERE ${filter.seen('c')} RETURN c } AS citedBy,${patentListColumns(filter)}`;

const Named = z.object({ key: z.string(), name: z.string(), order: z.number().nullable() });
type Named = z.infer<typeof Named>;
const PatentRow = z.object({
  patent: PatentNode,
  applicants: z.array(Named),
  owners: z.array(Named),
  inventors: z.array(Named),
  branches: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      rule: z.string().nullable(),
      matchedBy: z.string().nullable(),
      rulesJson: z.string().nullable(),
    }),
  ),
  citations: z.number(),
  citedBy: z.number(),
  familyLoaded: z.number(),
  familyMembers: z.array(MemberRow),
  familyNamed: z.array(z.string()),
  cited: z.array(LinkRow),
  citing: z.array(LinkRow),
});

const byOrder = (list: Named[]) =>
  [...list].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map(({ key, name }) => ({ key, name }));

export async function patentById(
  db: Database,
  id: string,
  project?: string,
): Promise<PatentDetail | undefined> {
  const filter = patentFilter();
  const [row] = await readRows(db, PatentRow, patentQuery(filter, project !== undefined), {
    ...filter.params,
    id,
    scopeProject: project ?? null,
    // A JavaScript number goes to Neo4j as a float, which LIMIT refuses.
    listCap: int(PATENT_LIST_CAP),
  });
  if (!row) return undefined;
  const p = row.patent;
  return {
    id,
    external: p.external,
    jurisdiction: p.jurisdiction,
    kind: p.kind ?? null,
    type: p.type ?? null,
    title: { zh: p.titleZh ?? null, en: p.titleEn ?? null },
    abstract: { zh: p.abstractZh ?? null, en: p.abstractEn ?? null },
    publicationDate: p.publicationDate ?? null,
    applicationDate: p.applicationDate ?? null,
    priorityDate: p.priorityDate ?? null,
    expiryDate: p.expiryDate ?? null,
    expiryBasis: p.expiryBasis ?? null,
    legalStatus: p.legalStatus ?? null,
    legalStatusRaw: p.legalStatusRaw ?? null,
    inactiveReason: p.inactiveReason ?? null,
    familyId: p.familyId ?? null,
    familyKind: p.familyKind ?? null,
    applicants: byOrder(row.applicants),
    owners: byOrder(row.owners),
    inventors: byOrder(row.inventors),
    cpc: p.cpcCodes ?? [],
    ipc: p.ipcCodes ?? [],
    claim1: p.claim1 ?? null,
    claimsCount: p.claimsCount ?? null,
    citations: row.citations,
    citedBy: row.citedBy,
    exporterCounts: {
      citedBy: p.citedCount ?? null,
      familySize: p.familySize ?? null,
      // With claim text the count is the graph's own (ingest/load/rows.ts), not the exporter's.
      claimsCount: p.claimsJson === undefined ? (p.claimsCount ?? null) : null,
      exporter: p.citedCountFormat ?? p.sourceFormat ?? null,
      loadedOn: p.updatedAt?.slice(0, 10) ?? null,
    },
    nplCitationCount: p.nplCitationCount ?? null,
    nplCitations: p.nplCitations ?? [],
    branches: row.branches.map((branch) => ({
      id: branch.id,
      name: branch.name,
      rule: branch.rule,
      ruleDetail: matchedRule(branch.rulesJson, branch.rule),
      matchedBy: branch.matchedBy,
    })),
    source: { file: fileNameOnly(p.sourceFile), line: p.sourceLine ?? null, format: p.sourceFormat ?? null },
    familyMembers: familyMembers(row.familyMembers, row.familyLoaded, row.familyNamed, PATENT_LIST_CAP),
    claims: claimList(p.claimsJson),
    legalEvents: legalTimeline(p.legalEventsJson),
    citedPatents: citationLinks(row.cited, row.citations),
    citingPatents: citationLinks(row.citing, row.citedBy),
  };
}

/**
 * The stored path is where the loader read the file — for an upload, a folder on the server. A user
 * knows the file by its name (as the ingest job list shows it), so only the name leaves the server.
 */
function fileNameOnly(file: string | undefined): string | null {
  if (!file) return null;
  return file.split(/[\\/]/).pop() || file;
}
