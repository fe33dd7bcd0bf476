/**
 * Every list of scope fields on the server starts from the scope schema (SCOPE_FIELDS). This test
 * fails when a field is added to the schema but not to one of them: the sample below does not
 * compile without it, and each field must then change the snapshot cache key, the Cypher filter,
 * and either the in-memory landscape's answer or its decision to hand the scope to Cypher.
 * (The web's URL state and filters have their own test: web/src/app/scope-fields.test.ts.)
 */
import { LandscapeQuery } from '@graph-schema/dto/landscape';
import { SCOPE_FIELDS, type ScopeField, ScopeQuery } from '@graph-schema/dto/scope';
import {
  answersInMemory,
  IN_MEMORY_SCOPE_FIELDS,
  landscapeFromTable,
} from '@server/features/landscape/landscape-memory';
import { landscapeTableOf } from '@server/features/landscape/landscape-table';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { scopeKey } from '@server/platform/snapshot/snapshot';
import { describe, expect, it } from 'vitest';

/** A query-string value per scope field that narrows the sample table below. */
const SAMPLE: Record<ScopeField, string> = {
  from: '2016',
  to: '2018',
  dateBasis: 'application',
  jurisdiction: 'US',
  cpc: 'H01M',
  ipc: 'H01M10',
  chain: 'ev',
  segment: 'ev:upstream',
  branch: 'ev:1.2',
  applicants: 'acme',
  project: 'p-1',
};

const row = (family: string, year: number, office: string, cpc: string, ipc: string, applicant: string) => ({
  family,
  priority: year,
  application: year + 1,
  publication: year + 2,
  office,
  cpc: [cpc],
  cpcSub: [cpc.slice(0, 4)],
  ipc: [ipc],
  applicants: [[applicant, applicant.toUpperCase()]] as [string, string][],
});

// Years chosen so that the application-date basis moves F1 into 2019 and F4 out of 2019.
const TABLE = landscapeTableOf([
  row('F1', 2018, 'CN', 'H01M10/05', 'H01M10/05', 'acme'),
  row('F2', 2015, 'US', 'H01M4/36', 'H01M4/36', 'beta'),
  row('F3', 2017, 'US', 'B60L53/10', 'B60L53/10', 'acme'),
  row('F4', 2019, 'CN', 'B60L58/12', 'H01M10/44', 'gamma'),
]);

const parse = (query: Record<string, string>) => LandscapeQuery.parse(query);

describe('scope fields come from the one scope schema', () => {
  it('the sample covers exactly the schema’s fields', () => {
    expect(Object.keys(SAMPLE).sort()).toEqual([...SCOPE_FIELDS].sort());
    expect(ScopeQuery.safeParse(SAMPLE).success).toBe(true);
  });

  it.each(SCOPE_FIELDS)('%s changes the snapshot cache key and the Cypher filter', (field) => {
    const base = parse({});
    const narrowed = parse({ [field]: SAMPLE[field] });
    expect(scopeKey(narrowed)).not.toBe(scopeKey(base));
    // The date basis filters nothing on its own: it picks the year property of from/to.
    const withYears = (query: Record<string, string>) => scopeClause(parse({ from: '2000', ...query }));
    expect(withYears({ [field]: SAMPLE[field] })).not.toEqual(withYears({}));
  });

  it.each(SCOPE_FIELDS)('%s is either filtered by the in-memory landscape or sent to Cypher', (field) => {
    const narrowed = parse({ [field]: SAMPLE[field], ...(field === 'dateBasis' ? { to: '2019' } : {}) });
    if (!IN_MEMORY_SCOPE_FIELDS.has(field)) {
      expect(answersInMemory(narrowed)).toBe(false);
      return;
    }
    expect(answersInMemory(narrowed)).toBe(true);
    const base = parse(field === 'dateBasis' ? { to: '2019' } : {});
    expect(landscapeFromTable(TABLE, narrowed)).not.toEqual(landscapeFromTable(TABLE, base));
  });
});
