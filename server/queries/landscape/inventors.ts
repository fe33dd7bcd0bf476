/** Inventor ranking with each inventor's main applicant, and co-inventor teams among the top inventors. */
import { int } from '../../../graph-schema/db/convert';
import type { Database } from '../../../graph-schema/db/driver';
import { readRows } from '../../../graph-schema/db/tx';
import type { InventorsQuery, InventorsResponse } from '../../../graph-schema/dto/landscape-actors';
import { explainBasis } from '../../explanations/basis';
import { explainNote } from '../../explanations/notes';
import { scopeClause } from '../scope';
import { type CoInventedFamily, coInventorTeams } from './co-inventor-teams';

const RANKING = (where: string, year: string) => `
MATCH (p:Patent)-[:INVENTED_BY]->(i:Inventor) WHERE ${where}
WITH i, count(DISTINCT p.familyId) AS families, min(p.${year}) AS firstYear, max(p.${year}) AS lastYear
RETURN i.key AS key, i.name AS name, families, firstYear, lastYear
ORDER BY families DESC, name LIMIT $limit`;

const COUNT = (where: string) => `
MATCH (p:Patent)-[:INVENTED_BY]->(i:Inventor) WHERE ${where} RETURN count(DISTINCT i) AS inventors`;

const MAIN_APPLICANT = (where: string) => `
MATCH (p:Patent)-[:INVENTED_BY]->(i:Inventor) WHERE ${where} AND i.key IN $keys
MATCH (p)-[:FILED_BY]->(a:Applicant)
WITH i.key AS inventor, a, count(DISTINCT p.familyId) AS families
ORDER BY families DESC, a.name
WITH inventor, collect({key: a.key, name: a.name, families: families})[0] AS main
RETURN inventor, main`;

const SHARED_FAMILIES = (where: string) => `
MATCH (p:Patent)-[:INVENTED_BY]->(i:Inventor) WHERE ${where} AND i.key IN $keys
WITH p.familyId AS family, collect(DISTINCT i.key) AS members, collect(DISTINCT p) AS publications
WHERE size(members) >= 2
UNWIND publications AS q
OPTIONAL MATCH (q)-[:FILED_BY]->(a:Applicant)
WITH family, members, [x IN collect(DISTINCT a) | {key: x.key, name: x.name}] AS applicants
RETURN family, members, applicants`;

type Ranked = {
  key: string;
  name: string;
  families: number;
  firstYear: number | null;
  lastYear: number | null;
};
type Main = { key: string; name: string; families: number };

export async function inventorLandscape(db: Database, query: InventorsQuery): Promise<InventorsResponse> {
  const scope = scopeClause(query);
  const pool = Math.max(query.top, query.teamPool);
  const [ranked, counted] = await Promise.all([
    readRows<Ranked>(db, RANKING(scope.where, scope.yearProperty), { ...scope.params, limit: int(pool) }),
    readRows<{ inventors: number }>(db, COUNT(scope.where), scope.params),
  ]);
  const keys = ranked.map((r) => r.key);
  const teamKeys = keys.slice(0, query.teamPool);
  const [mains, shared] = await Promise.all([
    readRows<{ inventor: string; main: Main }>(db, MAIN_APPLICANT(scope.where), {
      ...scope.params,
      keys: keys.slice(0, query.top),
    }),
    readRows<CoInventedFamily>(db, SHARED_FAMILIES(scope.where), { ...scope.params, keys: teamKeys }),
  ]);
  const mainOf = new Map(mains.map((m) => [m.inventor, m.main]));
  const byKey = new Map(ranked.map((r) => [r.key, r]));
  const total = counted[0]?.inventors ?? 0;
  return {
    dateBasis: query.dateBasis,
    basis: explainBasis('basis.inventors', { dateBasis: query.dateBasis }),
    inventors: total,
    ranking: ranked
      .slice(0, query.top)
      .map((r, i) => ({ rank: i + 1, ...r, mainApplicant: mainOf.get(r.key) ?? null })),
    teams: coInventorTeams(shared, query.minSharedFamilies).map((team) => ({
      size: team.members.length,
      members: team.members.map((key) => ({
        key,
        name: byKey.get(key)!.name,
        families: byKey.get(key)!.families,
      })),
      sharedFamilies: team.sharedFamilies,
      mainApplicant: team.mainApplicant,
    })),
    teamRule: explainNote('note.teamRule', {
      topInventors: teamKeys.length,
      minSharedFamilies: query.minSharedFamilies,
    }),
    truncated: { ranking: total > Math.min(query.top, ranked.length) },
  };
}
