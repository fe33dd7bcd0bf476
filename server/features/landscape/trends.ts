/** Yearly applications, grants and families, and the lifecycle stage from complete years. */

import type { Database } from '@graph-schema/db/driver';
import type { TrendsQuery, TrendsResponse } from '@graph-schema/dto/landscape-trends';
import {
  LIFECYCLE_THRESHOLDS,
  type LifecycleAssessment,
  lifecycleStage,
} from '@server/analytics/branch-trends';
import { readRows } from '@server/platform/db/read';
import { explainBasis } from '@server/platform/explanations/basis';
import { explainNote } from '@server/platform/explanations/notes';
import { entityKeyOf } from '@server/platform/scope/applicant-entity';
import { INCOMPLETE_YEARS, round } from '@server/platform/scope/growth-windows';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';
import { explainLifecycle } from './explain-lifecycle';
import { fromTableOrCypher } from './landscape-memory';
import type { LandscapeTables } from './landscape-table';
import { trendsRowsFromTable } from './trends-memory';

const ApplicationsRow = z.object({ year: z.number(), applications: z.number(), grants: z.number() });
const FamiliesRow = z.object({ year: z.number().nullable(), families: z.number(), publications: z.number() });
const ApplicantsRow = z.object({ year: z.number(), applicants: z.number() });

/** The three aggregations' rows (any order), from Cypher or from the in-memory table (trends-memory.ts). */
export interface TrendsRows {
  applications: z.infer<typeof ApplicationsRow>[];
  /** year null: the families none of whose members in scope has a year on the basis. */
  families: z.infer<typeof FamiliesRow>[];
  applicants: z.infer<typeof ApplicantsRow>[];
}

const APPLICATIONS = (where: string, year: string) => `
MATCH (p:Patent) WHERE ${where} AND p.${year} IS NOT NULL
WITH coalesce(p.applicationNumber, p.id) AS application, min(p.${year}) AS year,
     max(CASE WHEN p.isGrant THEN 1 ELSE 0 END) AS granted
RETURN year, count(application) AS applications, sum(granted) AS grants`;

const FAMILIES = (where: string, year: string) => `
MATCH (p:Patent) WHERE ${where}
WITH p.familyId AS family, min(p.${year}) AS year, count(p) AS publications
RETURN year, count(family) AS families, sum(publications) AS publications`;

const APPLICANTS = (where: string, year: string) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${where} AND p.${year} IS NOT NULL
RETURN p.${year} AS year, count(DISTINCT ${entityKeyOf('a')}) AS applicants`;

/** The rule as stated in the response, quoting the thresholds the assessment used. */
export const LIFECYCLE_RULE = explainLifecycle('lifecycle.rule', {
  windowYears: LIFECYCLE_THRESHOLDS.windowYears,
  declineDrop: LIFECYCLE_THRESHOLDS.declineDrop,
  emergingBase: LIFECYCLE_THRESHOLDS.emergingBase,
  growthFamilies: LIFECYCLE_THRESHOLDS.growthApplications,
  growthApplicants: LIFECYCLE_THRESHOLDS.growthApplicants,
});

/** From the in-memory table when the scope allows (years, offices, classes, applicants), else Cypher. */
export async function trends(
  db: Database,
  query: TrendsQuery,
  tables?: LandscapeTables,
): Promise<TrendsResponse> {
  return fromTableOrCypher(
    tables,
    query,
    (table) => trendsOf(query, trendsRowsFromTable(table, query)),
    () => trendsFromCypher(db, query),
  );
}

/** The same answer by Cypher aggregation: used for chain scopes, and as the reference in tests. */
export async function trendsFromCypher(db: Database, query: TrendsQuery): Promise<TrendsResponse> {
  const scope = scopeClause(query);
  const year = scope.yearProperty;
  const [applications, families, applicants] = await Promise.all([
    readRows(db, ApplicationsRow, APPLICATIONS(scope.where, year), scope.params),
    readRows(db, FamiliesRow, FAMILIES(scope.where, year), scope.params),
    readRows(db, ApplicantsRow, APPLICANTS(scope.where, year), scope.params),
  ]);
  return trendsOf(query, { applications, families, applicants });
}

/** The response from the rows: years on either count, incomplete years marked, the lifecycle. */
function trendsOf(query: TrendsQuery, { applications, families, applicants }: TrendsRows): TrendsResponse {
  const dated = families.filter((r): r is typeof r & { year: number } => r.year !== null);
  const allYears = [...new Set([...applications.map((r) => r.year), ...dated.map((r) => r.year)])].sort(
    (a, b) => a - b,
  );
  const maxYear = allYears.at(-1);
  const byYear = <T extends { year: number | null }>(rows: T[]) => new Map(rows.map((r) => [r.year, r]));
  const [apps, fams, people] = [byYear(applications), byYear(dated), byYear(applicants)];
  const years = allYears.map((y) => ({
    year: y,
    applications: apps.get(y)?.applications ?? 0,
    grants: apps.get(y)?.grants ?? 0,
    families: fams.get(y)?.families ?? 0,
    publications: fams.get(y)?.publications ?? 0,
    applicants: people.get(y)?.applicants ?? 0,
    incomplete: maxYear !== undefined && y > maxYear - INCOMPLETE_YEARS,
  }));
  return {
    dateBasis: query.dateBasis,
    basis: explainBasis('basis.trends', { dateBasis: query.dateBasis }),
    years,
    totals: {
      families: families.reduce((sum, r) => sum + r.families, 0),
      familiesWithoutYear: families.find((r) => r.year === null)?.families ?? 0,
      applications: applications.reduce((sum, r) => sum + r.applications, 0),
    },
    lifecycle: lifecycle(years),
    notes: [
      explainNote('note.incompleteYears', {
        incompleteYears: INCOMPLETE_YEARS,
        firstYear: maxYear === undefined ? null : maxYear - 1,
        lastYear: maxYear ?? null,
      }),
    ],
  };
}

function lifecycle(years: TrendsResponse['years']): TrendsResponse['lifecycle'] {
  const complete = years.filter((y) => !y.incomplete);
  if (complete.length === 0) return null;
  // Families are the filing count here, following the brief's rule of counting families.
  const assessment = lifecycleStage(
    complete.map((y) => ({ year: y.year, applications: y.families, applicants: y.applicants })),
  );
  const e = assessment.evidence;
  const last = complete.at(-1)!.year;
  return {
    stage: assessment.stage,
    stageZh: assessment.stageZh,
    yearsUsed: [last - 5, last],
    measure: explainNote('note.lifecycleMeasure', {}),
    evidence: {
      recentApplications: e.recentApplications,
      earlierApplications: e.earlierApplications,
      applicationGrowth: finite(e.applicationGrowth),
      recentApplicantsPerYear: round(e.recentApplicantsPerYear),
      earlierApplicantsPerYear: round(e.earlierApplicantsPerYear),
      applicantGrowth: finite(e.applicantGrowth),
    },
    reason: lifecycleReason(assessment),
    rule: LIFECYCLE_RULE,
  };
}

/** Growth has no finite value from an empty window; JSON and the message params carry null. */
const finite = (n: number) => (Number.isFinite(n) ? round(n) : null);

/** The comparison that decided the stage, in the order the rule checks it. */
function lifecycleReason({ stage, evidence }: LifecycleAssessment) {
  if (stage === 'emerging') {
    return explainLifecycle('lifecycle.emerging', {
      earlierFamilies: evidence.earlierApplications,
      emergingBase: LIFECYCLE_THRESHOLDS.emergingBase,
    });
  }
  return explainLifecycle(`lifecycle.${stage}`, {
    recentFamilies: evidence.recentApplications,
    earlierFamilies: evidence.earlierApplications,
    familyGrowth: finite(evidence.applicationGrowth),
    applicantGrowth: finite(evidence.applicantGrowth),
  });
}
