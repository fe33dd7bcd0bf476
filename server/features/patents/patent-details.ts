/** One patent with its parties, classes, citation counts and branch tags. */

import type { Database } from '@graph-schema/db/driver';
import type { PatentDetail } from '@graph-schema/dto/patent';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';

const PATENT = `
MATCH (p:Patent {id: $id})
RETURN p AS patent,
  [(p)-[r:FILED_BY]->(a:Applicant) | {key: a.key, name: a.name, order: r.order}] AS applicants,
  [(p)-[r:OWNED_BY]->(a:Applicant) | {key: a.key, name: a.name, order: r.order}] AS owners,
  [(p)-[r:INVENTED_BY]->(i:Inventor) | {key: i.key, name: i.name, order: r.order}] AS inventors,
  [(p)-[t:TAGGED]->(b:TechBranch) | {id: b.id, name: coalesce(b.nameZh, b.nameEn, b.id), rule: t.rule}] AS branches,
  COUNT { (p)-[:CITES]->() } AS citations,
  COUNT { (p)<-[:CITES]-() } AS citedBy`;

const Named = z.object({ key: z.string(), name: z.string(), order: z.number().nullable() });
type Named = z.infer<typeof Named>;
const PatentRow = z.object({
  patent: z.record(z.string(), z.unknown()),
  applicants: z.array(Named),
  owners: z.array(Named),
  inventors: z.array(Named),
  branches: z.array(z.object({ id: z.string(), name: z.string(), rule: z.string().nullable() })),
  citations: z.number(),
  citedBy: z.number(),
});

const byOrder = (list: Named[]) =>
  [...list].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map(({ key, name }) => ({ key, name }));
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export async function patentById(db: Database, id: string): Promise<PatentDetail | undefined> {
  const [row] = await readRows(db, PatentRow, PATENT, { id });
  if (!row) return undefined;
  const p = row.patent;
  return {
    id,
    external: p.external === true,
    jurisdiction: str(p.jurisdiction),
    kind: str(p.kind),
    type: str(p.type),
    title: { zh: str(p.titleZh), en: str(p.titleEn) },
    abstract: { zh: str(p.abstractZh), en: str(p.abstractEn) },
    publicationDate: str(p.publicationDate),
    applicationDate: str(p.applicationDate),
    priorityDate: str(p.priorityDate),
    expiryDate: str(p.expiryDate),
    expiryBasis: str(p.expiryBasis),
    legalStatus: str(p.legalStatus),
    legalStatusRaw: str(p.legalStatusRaw),
    familyId: str(p.familyId),
    applicants: byOrder(row.applicants),
    owners: byOrder(row.owners),
    inventors: byOrder(row.inventors),
    cpc: strings(p.cpcCodes),
    ipc: strings(p.ipcCodes),
    claim1: str(p.claim1),
    claimsCount: num(p.claimsCount),
    citations: row.citations,
    citedBy: row.citedBy,
    branches: row.branches,
    source: { file: str(p.sourceFile), line: num(p.sourceLine), format: str(p.sourceFormat) },
  };
}
