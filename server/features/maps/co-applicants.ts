/**
 * The co-applicant network (合作申请网络): applicants that file together, linked by the families
 * they filed jointly, coloured by sector, with the scope's collaboration summary (co-filed share,
 * enterprise–university–research pairs). Counting rules live in server/analytics/co-applicants.ts.
 */
import type { Database } from '@graph-schema/db/driver';
import type { CoApplicantQuery, CoApplicantResponse } from '@graph-schema/dto/collaboration';
import type { MapEdge, MapNode } from '@graph-schema/dto/map';
import {
  aggregateCoApplicants,
  type CoFiledPatent,
  rankCollaborators,
} from '@server/analytics/co-applicants';
import { readRows } from '@server/platform/db/read';
import { explainBasis } from '@server/platform/explanations/basis';
import { explainMap } from '@server/platform/explanations/maps';
import { entityKeyOf, entityNameOf, inEntity } from '@server/platform/scope/applicant-entity';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';

/** Links drawn at most (the heaviest first); a note says how many more there were. */
export const MAX_LINKS = 2000;

const CO_FILED_PATENTS = (where: string) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${where}
WITH p, ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name, min(a.kind) AS kind
WITH p, collect({key: key, name: name, kind: kind}) AS parties WHERE size(parties) >= 2
RETURN p.familyId AS familyId, parties`;

const FAMILIES_WITH_APPLICANTS = (where: string) => `
MATCH (p:Patent) WHERE ${where} AND EXISTS { (p)-[:FILED_BY]->(:Applicant) }
RETURN count(DISTINCT p.familyId) AS families`;

const FAMILIES_PER_APPLICANT = (where: string) => `
UNWIND $keys AS key
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${inEntity('a', 'key')} AND ${where}
RETURN key, count(DISTINCT p.familyId) AS families`;

const CoFiledRow = z.object({
  familyId: z.string(),
  parties: z.array(z.object({ key: z.string(), name: z.string(), kind: z.string().nullable() })),
}) satisfies z.ZodType<CoFiledPatent>;
const FamiliesRow = z.object({ families: z.number() });
const ApplicantFamiliesRow = z.object({ key: z.string(), families: z.number() });

export async function coApplicantMap(db: Database, query: CoApplicantQuery): Promise<CoApplicantResponse> {
  const scope = scopeClause(query);
  const [patents, counted] = await Promise.all([
    readRows(db, CoFiledRow, CO_FILED_PATENTS(scope.where), scope.params),
    readRows(db, FamiliesRow, FAMILIES_WITH_APPLICANTS(scope.where), scope.params),
  ]);
  const aggregate = aggregateCoApplicants(patents);
  const shown = rankCollaborators(aggregate.applicants).slice(0, query.topApplicants);
  const shownKeys = new Set(shown.map((applicant) => applicant.key));
  const totals = await readRows(db, ApplicantFamiliesRow, FAMILIES_PER_APPLICANT(scope.where), {
    ...scope.params,
    keys: [...shownKeys],
  });
  const familiesByKey = new Map(totals.map((row) => [row.key, row.families]));
  const eligibleLinks = aggregate.pairs
    .filter((pair) => shownKeys.has(pair.a) && shownKeys.has(pair.b) && pair.families >= query.minFamilies)
    .sort((x, y) => y.families - x.families || (x.a + x.b < y.a + y.b ? -1 : 1));
  const links = eligibleLinks.slice(0, MAX_LINKS);

  const nodes: MapNode[] = shown.map((applicant) => ({
    id: `a:${applicant.key}`,
    kind: 'applicant',
    label: applicant.name,
    weight: applicant.coFiledFamilies,
    details: {
      key: applicant.key,
      sector: applicant.sector,
      families: familiesByKey.get(applicant.key) ?? 0,
      coFiledFamilies: applicant.coFiledFamilies,
      partners: applicant.partners,
    },
  }));
  const edges: MapEdge[] = links.map((pair) => ({
    id: `co:${pair.a}|${pair.b}`,
    source: `a:${pair.a}`,
    target: `a:${pair.b}`,
    weight: pair.families,
  }));

  const families = counted[0]?.families ?? 0;
  const basis = { dateBasis: query.dateBasis };
  const truncated = shown.length < aggregate.applicants.length || links.length < eligibleLinks.length;
  return {
    map: {
      nodes,
      edges,
      measure: explainMap('map.measure.coApplicants', basis),
      truncated,
      ...(truncated
        ? {
            note: explainMap('map.topCollaborators', {
              shownApplicants: shown.length,
              totalApplicants: aggregate.applicants.length,
              shownLinks: links.length,
              totalLinks: eligibleLinks.length,
            }),
          }
        : {}),
    },
    summary: {
      dateBasis: query.dateBasis,
      basis: explainBasis('basis.coApplicants', basis),
      families,
      coFiledFamilies: aggregate.coFiledFamilies,
      coFiledShare: families > 0 ? Math.round((aggregate.coFiledFamilies / families) * 10_000) / 10_000 : 0,
      collaboratingApplicants: aggregate.applicants.length,
      pairs: aggregate.pairs.length,
      sectorPairs: aggregate.sectorPairs,
    },
  };
}
