/** The families of one applicant in a scope, for the topic map's overlay. */
import type { Database } from '@graph-schema/db/driver';
import type { ScopeQuery } from '@graph-schema/dto/scope';
import { readRows } from '@server/platform/db/read';
import { ApplicantFamilyRow, applicantFamiliesQuery } from './topic-cypher';
import type { ApplicantFamilies } from './topic-response';

export async function applicantFamilies(
  db: Database,
  scope: ScopeQuery,
  key: string,
): Promise<ApplicantFamilies> {
  const { cypher, params } = applicantFamiliesQuery(scope, key);
  const rows = await readRows(db, ApplicantFamilyRow, cypher, params);
  return { key, name: rows[0]?.name ?? null, familyIds: new Set(rows.map((row) => row.familyId)) };
}
