/**
 * Applicant ranking, tiers, concentration (CR4, HHI) and the applicant × office matrix. Read from the
 * in-memory landscape table when the scope allows (applicants-memory.ts), else by Cypher; both give
 * the same ApplicantFacts (an integration test compares them), turned into the answer here.
 */

import type { Database } from '@graph-schema/db/driver';
import type { ApplicantsQuery, ApplicantsResponse } from '@graph-schema/dto/landscape-actors';
import {
  competitiveTiers,
  concentrationRatio,
  herfindahlHirschmanIndex,
  type TierCollapse,
  type TieredApplicant,
  tierCollapse,
} from '@server/analytics/concentration';
import { readRows } from '@server/platform/db/read';
import { explainBasis } from '@server/platform/explanations/basis';
import { explainNote } from '@server/platform/explanations/notes';
import { entityKeyOf, entityNameOf, inEntities } from '@server/platform/scope/applicant-entity';
import { growthWindows, round, windowGrowth } from '@server/platform/scope/growth-windows';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { type ApplicantFacts, ApplicantRow, OfficesOfRow, type TopKeys, YearsOfRow } from './applicant-facts';
import { applicantFactsFromTable } from './applicants-memory';
import { fromTableOrCypher } from './landscape-memory';
import type { LandscapeTable, LandscapeTables } from './landscape-table';
import { scopeMaxYear } from './scope-years';

const ALL_APPLICANTS = (where: string, year: string) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${where}
RETURN ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name, count(DISTINCT p.familyId) AS families, count(DISTINCT p) AS publications,
       min(p.${year}) AS firstYear, max(p.${year}) AS lastYear`;

const YEARS_OF = (where: string, year: string) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${where} AND ${inEntities('a', '$keys')} AND p.${year} IS NOT NULL
WITH ${entityKeyOf('a')} AS key, p.familyId AS family, min(p.${year}) AS year
RETURN key, year, count(family) AS families`;

const OFFICES_OF = (where: string) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${where} AND ${inEntities('a', '$keys')}
RETURN ${entityKeyOf('a')} AS key, p.jurisdiction AS office, count(DISTINCT p.familyId) AS families`;

export const TIER_RULE = explainNote('note.applicantTiers', {});
export const CONCENTRATION_RULE = explainNote('note.applicantConcentration', {});

/** From the in-memory table when the scope allows (years, offices, classes, applicants), else Cypher. */
export async function applicantLandscape(
  db: Database,
  query: ApplicantsQuery,
  tables?: LandscapeTables,
): Promise<ApplicantsResponse> {
  return fromTableOrCypher(
    tables,
    query,
    (table) => applicantsFromTable(table, query),
    () => applicantLandscapeFromCypher(db, query),
  );
}

/** The answer from the in-memory table, synchronously (pure: bench:landscape-applicants times it). */
export function applicantsFromTable(table: LandscapeTable, query: ApplicantsQuery): ApplicantsResponse {
  let tiers: TieredApplicant[] = [];
  const facts = applicantFactsFromTable(table, query, (all) => {
    tiers = tiersOf(all);
    return topKeys(tiers, query);
  });
  return applicantAnswer(query, facts, tiers);
}

/** The same answer by Cypher aggregation: used for chain scopes, and as the reference in tests. */
export async function applicantLandscapeFromCypher(
  db: Database,
  query: ApplicantsQuery,
): Promise<ApplicantsResponse> {
  const scope = scopeClause(query);
  const [all, maxYear] = await Promise.all([
    readRows(db, ApplicantRow, ALL_APPLICANTS(scope.where, scope.yearProperty), scope.params),
    scopeMaxYear(db, scope),
  ]);
  const tiers = tiersOf(all);
  const keys = topKeys(tiers, query);
  const params = scope.params;
  const [years, offices] = await Promise.all([
    readRows(db, YearsOfRow, YEARS_OF(scope.where, scope.yearProperty), { ...params, keys: keys.ranked }),
    readRows(db, OfficesOfRow, OFFICES_OF(scope.where), { ...params, keys: keys.matrix }),
  ]);
  return applicantAnswer(query, { all, maxYear, years, offices }, tiers);
}

const tiersOf = (all: readonly ApplicantRow[]) =>
  competitiveTiers(new Map(all.map((a) => [a.key, a.families])));

function topKeys(tiers: readonly TieredApplicant[], query: ApplicantsQuery): TopKeys {
  const ranked = tiers.slice(0, query.top).map((t) => t.name);
  return { ranked, matrix: ranked.slice(0, query.matrixTop) };
}

function applicantAnswer(
  query: ApplicantsQuery,
  { all, maxYear, years, offices }: ApplicantFacts,
  tiers: readonly TieredApplicant[],
): ApplicantsResponse {
  const byKey = new Map(all.map((a) => [a.key, a]));
  const top = tiers.slice(0, query.top);
  const keys = top.map((t) => t.name);
  const windows = growthWindows(maxYear);
  // In ranking order, so the floating-point sums do not depend on the order rows were read in.
  const counts = tiers.map((t) => t.count);
  const hhi = herfindahlHirschmanIndex(counts);
  return {
    dateBasis: query.dateBasis,
    basis: explainBasis('basis.applicants', { dateBasis: query.dateBasis }),
    applicants: all.length,
    ranking: top.map((t, i) => {
      const row = byKey.get(t.name)!;
      const own = new Map(years.filter((y) => y.key === t.name).map((y) => [y.year, y.families]));
      return {
        rank: i + 1,
        key: row.key,
        name: row.name,
        families: row.families,
        publications: row.publications,
        share: round(t.share),
        cumulativeShare: round(t.cumulativeShare),
        tier: t.tier,
        firstYear: row.firstYear,
        lastYear: row.lastYear,
        threeYearGrowth: windowGrowth(own, windows),
      };
    }),
    concentration: {
      cr4: round(concentrationRatio(counts, 4), 1),
      hhi: Math.round(hhi),
      reading: hhiReading(hhi),
      rule: CONCENTRATION_RULE,
    },
    tiers: {
      rule: TIER_RULE,
      counts: {
        tier1: tiers.filter((t) => t.tier === 1).length,
        tier2: tiers.filter((t) => t.tier === 2).length,
        tier3: tiers.filter((t) => t.tier === 3).length,
      },
      collapse: collapseNote(tierCollapse(tiers)),
    },
    growthWindows: windows,
    officeMatrix: officeMatrix(keys.slice(0, query.matrixTop), byKey, offices),
    truncated: { ranking: all.length > top.length },
  };
}

export function collapseNote(collapse: TierCollapse | null) {
  if (!collapse) return null;
  const { applicants, count, share } = collapse.tie;
  return explainNote('note.applicantTiersCollapsed', {
    emptyTiers: collapse.emptyTiers,
    applicants,
    families: count,
    tieShare: round(share),
  });
}

/** The reading of CONCENTRATION_RULE's HHI bands. */
function hhiReading(hhi: number) {
  if (hhi < 1000) return explainNote('note.hhiUnconcentrated', {});
  if (hhi <= 1800) return explainNote('note.hhiModerate', {});
  return explainNote('note.hhiHigh', {});
}

function officeMatrix(
  keys: readonly string[],
  byKey: ReadonlyMap<string, ApplicantRow>,
  cells: ReadonlyArray<{ key: string; office: string | null; families: number }>,
): ApplicantsResponse['officeMatrix'] {
  const offices = [...new Set(cells.map((c) => c.office ?? 'unknown'))].sort();
  return {
    offices,
    rows: keys.map((key) => ({
      key,
      name: byKey.get(key)!.name,
      cells: offices.map((office) => ({
        office,
        families: cells.find((c) => c.key === key && (c.office ?? 'unknown') === office)?.families ?? 0,
      })),
    })),
  };
}
