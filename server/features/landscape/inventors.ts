/** Inventor ranking with each inventor's main applicant, and co-inventor teams among the top inventors. */

import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import type { InventorsQuery, InventorsResponse } from '@graph-schema/dto/landscape-actors';
import { readRows } from '@server/platform/db/read';
import { explainBasis } from '@server/platform/explanations/basis';
import { explainNote } from '@server/platform/explanations/notes';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { CoInventedFamily } from './co-inventor-pairs';
import { coInventorTeams } from './co-inventor-teams';
import {
  CO_INVENTED_FAMILIES,
  INVENTOR_APPLICANTS,
  InventorApplicantsRow,
  readInventorRanking,
} from './inventor-cypher';

export async function inventorLandscape(db: Database, query: InventorsQuery): Promise<InventorsResponse> {
  const scope = scopeClause(query);
  const pool = Math.max(query.top, query.teamPool);
  const { ranked, inventors: total } = await readInventorRanking(db, scope, pool);
  const keys = ranked.map((r) => r.key);
  const teamKeys = keys.slice(0, query.teamPool);
  const [mains, shared] = await Promise.all([
    readRows(db, InventorApplicantsRow, INVENTOR_APPLICANTS(scope.where), {
      ...scope.params,
      keys: keys.slice(0, query.top),
      perInventor: int(1),
    }),
    readRows(db, CoInventedFamily, CO_INVENTED_FAMILIES(scope.where), { ...scope.params, keys: teamKeys }),
  ]);
  const mainOf = new Map(mains.map((m) => [m.inventor, m.applicants[0]]));
  const byKey = new Map(ranked.map((r) => [r.key, r]));
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
