/**
 * The co-inventor network of a scope: the top inventors by families as nodes (with their first
 * applicants), a link between two of them weighted by the families both invented. Inventors beyond
 * `top` are left out with their links, and the answer says how many.
 */

import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import type { CoInventorNetworkQuery, CoInventorNetworkResponse } from '@graph-schema/dto/co-inventors';
import { readRows } from '@server/platform/db/read';
import { explainMap } from '@server/platform/explanations/maps';
import { explainNote } from '@server/platform/explanations/notes';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { CoInventedFamily, countCoInventedPairs } from './co-inventor-pairs';
import {
  CO_INVENTED_FAMILIES,
  INVENTOR_APPLICANTS,
  InventorApplicantsRow,
  readInventorRanking,
} from './inventor-cypher';

/** Applicants listed per inventor: enough to place a person, short enough for the details panel. */
const APPLICANTS_PER_INVENTOR = 3;

export async function coInventorNetwork(
  db: Database,
  query: CoInventorNetworkQuery,
): Promise<CoInventorNetworkResponse> {
  const scope = scopeClause(query);
  const { ranked, inventors: scopeInventors } = await readInventorRanking(db, scope, query.top);
  const keys = ranked.map((r) => r.key);
  const [applicantRows, families] = await Promise.all([
    readRows(db, InventorApplicantsRow, INVENTOR_APPLICANTS(scope.where), {
      ...scope.params,
      keys,
      perInventor: int(APPLICANTS_PER_INVENTOR),
    }),
    readRows(db, CoInventedFamily, CO_INVENTED_FAMILIES(scope.where), { ...scope.params, keys }),
  ]);
  const applicantsOf = new Map(applicantRows.map((row) => [row.inventor, row.applicants]));
  const leftOut = Math.max(0, scopeInventors - ranked.length);
  return {
    dateBasis: query.dateBasis,
    basis: explainMap('map.measure.coInventors', { dateBasis: query.dateBasis }),
    scopeInventors,
    inventors: ranked.map((r) => ({
      key: r.key,
      name: r.name,
      families: r.families,
      applicants: applicantsOf.get(r.key) ?? [],
    })),
    links: countCoInventedPairs(families)
      .filter((pair) => pair.families >= query.minSharedFamilies)
      .map((pair) => ({ source: pair.a, target: pair.b, sharedFamilies: pair.families })),
    linkRule: explainNote('note.coInventorLinkRule', {
      topInventors: ranked.length,
      minSharedFamilies: query.minSharedFamilies,
    }),
    truncated: { inventors: leftOut > 0, leftOut },
    ...(leftOut > 0
      ? {
          note: explainMap('map.topInventors', {
            shownInventors: ranked.length,
            totalInventors: scopeInventors,
            leftOut,
          }),
        }
      : {}),
  };
}
