/** Legal status breakdown (families and publications, raw values grouped) and expiry windows. */

import { toNeo4jDate } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import type { LegalQuery, LegalResponse } from '@graph-schema/dto/landscape-actors';
import { LegalStatus } from '@graph-schema/vocabulary/legal-status';
import { readRows } from '@server/platform/db/read';
import { explainBasis } from '@server/platform/explanations/basis';
import { explainNote } from '@server/platform/explanations/notes';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';

const StatusRow = z.object({ status: LegalStatus, families: z.number(), publications: z.number() });
const RawRow = z.object({ status: LegalStatus, value: z.string(), publications: z.number() });
const ExpiryRow = z.object({
  years: z.number(),
  publications: z.number(),
  families: z.number(),
  examples: z.array(z.string()),
});
const BasesRow = z.object({ basis: z.string(), publications: z.number() });

export const EXPIRY_WINDOWS = [1, 3, 5];
const EXPIRY_EXAMPLES = 5;

const STATUS = (where: string) => `
MATCH (p:Patent) WHERE ${where}
WITH coalesce(p.legalStatus, 'unknown') AS status, p
RETURN status, count(DISTINCT p.familyId) AS families, count(p) AS publications
ORDER BY publications DESC, status`;

const RAW = (where: string) => `
MATCH (p:Patent) WHERE ${where}
RETURN coalesce(p.legalStatus, 'unknown') AS status, coalesce(p.legalStatusRaw, '(none)') AS value, count(p) AS publications
ORDER BY publications DESC, value`;

/** In force (active) at asOf and expiring within N years of it, by the stored expiryDate. */
const EXPIRY = (where: string) => `
UNWIND $windows AS years
MATCH (p:Patent) WHERE ${where} AND p.legalStatus = 'active'
  AND p.expiryDate > $asOf AND p.expiryDate <= $asOf + duration({years: years})
WITH years, p ORDER BY p.expiryDate, p.id
RETURN years, count(p) AS publications, count(DISTINCT p.familyId) AS families,
       collect(p.id)[0..$examples] AS examples
ORDER BY years`;

const BASES = (where: string) => `
MATCH (p:Patent) WHERE ${where} AND p.legalStatus = 'active' AND p.expiryBasis IS NOT NULL
RETURN split(p.expiryBasis, ':')[0] AS basis, count(p) AS publications ORDER BY publications DESC, basis`;

export async function legalLandscape(db: Database, query: LegalQuery, today: string): Promise<LegalResponse> {
  const scope = scopeClause(query);
  const asOf = query.asOf ?? today;
  const params = {
    ...scope.params,
    asOf: toNeo4jDate(asOf),
    windows: EXPIRY_WINDOWS,
    examples: EXPIRY_EXAMPLES,
  };
  const [statuses, raws, expiry, bases] = await Promise.all([
    readRows(db, StatusRow, STATUS(scope.where), params),
    readRows(db, RawRow, RAW(scope.where), params),
    readRows(db, ExpiryRow, EXPIRY(scope.where), params),
    readRows(db, BasesRow, BASES(scope.where), params),
  ]);
  const found = new Map(expiry.map((e) => [e.years, e]));
  return {
    dateBasis: query.dateBasis,
    basis: explainBasis('basis.legal', { dateBasis: query.dateBasis }),
    asOf,
    statuses: statuses.map((s) => ({
      ...s,
      raw: raws
        .filter((r) => r.status === s.status)
        .map((r) => ({ value: r.value, publications: r.publications })),
    })),
    expiry: EXPIRY_WINDOWS.map((years) => ({
      withinYears: years,
      until: addYears(asOf, years),
      publications: found.get(years)?.publications ?? 0,
      families: found.get(years)?.families ?? 0,
      examples: found.get(years)?.examples ?? [],
    })),
    expiryBasis: bases,
    notes: [explainNote('note.legalFamilyStatuses', {}), explainNote('note.legalExpiryWindows', {})],
  };
}

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  // 29 February plus N years lands on 28 February in a common year, as Cypher's duration does.
  const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap(y! + years) ? 28 : d!;
  return `${y! + years}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
