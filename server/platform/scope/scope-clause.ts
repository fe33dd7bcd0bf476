/**
 * Builds the WHERE clause shared by every scoped query, including workspace isolation
 * (platform/visibility). The only text spliced into Cypher is a
 * property name picked from a fixed map by a validated enum; every value is a parameter.
 */
import { type DateBasis, SCOPE_FIELDS, type ScopeField, type ScopeQuery } from '@graph-schema/dto/scope';
import { visiblePatent } from '../visibility/visibility';
import { inEntities } from './applicant-entity';
import { hasEffectiveLeaf } from './branch-membership';

export const YEAR_PROPERTY: Record<DateBasis, string> = {
  priority: 'priorityYear',
  application: 'applicationYear',
  publication: 'publicationYear',
};

export const BASIS_SENTENCE: Record<DateBasis, { en: string; zh: string }> = {
  priority: { en: 'earliest priority date (first filing)', zh: '最早优先权日' },
  application: { en: 'application (filing) date', zh: '申请日' },
  publication: { en: 'publication date', zh: '公开日' },
};

export interface ScopeClause {
  /** A boolean expression over the patent alias, without the WHERE keyword. */
  where: string;
  params: Record<string, unknown>;
  yearProperty: string;
}

type Condition = (alias: string, scope: ScopeQuery) => [string, Record<string, unknown>] | undefined;

/**
 * One condition per scope field, keyed by the schema's field names: a field added to the scope
 * schema does not compile until it has its condition here.
 */
export const SCOPE_CONDITIONS: Record<ScopeField, Condition> = {
  from: (a, s) =>
    s.from === undefined
      ? undefined
      : [`${a}.${YEAR_PROPERTY[s.dateBasis]} >= $scopeFrom`, { scopeFrom: s.from }],
  to: (a, s) =>
    s.to === undefined ? undefined : [`${a}.${YEAR_PROPERTY[s.dateBasis]} <= $scopeTo`, { scopeTo: s.to }],
  // The date basis filters nothing by itself: it picks the year property `from` and `to` compare.
  dateBasis: () => undefined,
  jurisdiction: (a, s) =>
    s.jurisdiction?.length
      ? [`${a}.jurisdiction IN $scopeJurisdictions`, { scopeJurisdictions: s.jurisdiction }]
      : undefined,
  cpc: (a, s) =>
    s.cpc
      ? [`any(code IN coalesce(${a}.cpcCodes, []) WHERE code STARTS WITH $scopeCpc)`, { scopeCpc: s.cpc }]
      : undefined,
  ipc: (a, s) =>
    s.ipc
      ? [`any(code IN coalesce(${a}.ipcCodes, []) WHERE code STARTS WITH $scopeIpc)`, { scopeIpc: s.ipc }]
      : undefined,
  chain: (a, s) =>
    s.chain
      ? [hasEffectiveLeaf(a, 'ml.chain = $scopeChain', s.project !== undefined), { scopeChain: s.chain }]
      : undefined,
  segment: (a, s) =>
    s.segment
      ? [
          hasEffectiveLeaf(a, 'ml.segment = $scopeSegment', s.project !== undefined),
          { scopeSegment: s.segment },
        ]
      : undefined,
  branch: (a, s) =>
    s.branch
      ? [
          hasEffectiveLeaf(a, '$scopeBranch IN ml.lineage', s.project !== undefined),
          { scopeBranch: s.branch },
        ]
      : undefined,
  applicants: (a, s) =>
    s.applicants?.length
      ? [
          `EXISTS { (${a})-[:FILED_BY]->(scopeAp:Applicant) WHERE ${inEntities('scopeAp', '$scopeApplicants')} }`,
          { scopeApplicants: s.applicants },
        ]
      : undefined,
  // The project filters nothing by itself: it makes chain, segment and branch membership honour
  // the project's hand overrides (branch-membership.ts), which read $scopeProject.
  project: (_a, s) => (s.project === undefined ? undefined : ['true', { scopeProject: s.project }]),
};

export function scopeClause(scope: ScopeQuery, alias = 'p'): ScopeClause {
  const conditions = [`${alias}.external = false`];
  const params: Record<string, unknown> = {};
  // Workspace isolation: every scoped query sees only the request's visible datasets.
  const visible = visiblePatent(alias);
  if (visible) {
    conditions.push(visible[0]);
    Object.assign(params, visible[1]);
  }
  for (const field of SCOPE_FIELDS) {
    const result = SCOPE_CONDITIONS[field](alias, scope);
    if (!result) continue;
    conditions.push(result[0]);
    Object.assign(params, result[1]);
  }
  return { where: conditions.join(' AND '), params, yearProperty: YEAR_PROPERTY[scope.dateBasis] };
}
