/**
 * Builds the WHERE clause shared by every scoped query. The only text spliced into Cypher is a
 * property name picked from a fixed map by a validated enum; every value is a parameter.
 */
import type { DateBasis, ScopeQuery } from '../../graph-schema/dto/scope';

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
  /** A boolean expression over `p` (a :Patent), without the WHERE keyword. */
  where: string;
  params: Record<string, unknown>;
  yearProperty: string;
}

export function scopeClause(scope: ScopeQuery, alias = 'p'): ScopeClause {
  const yearProperty = YEAR_PROPERTY[scope.dateBasis];
  const conditions = [`${alias}.external = false`];
  const params: Record<string, unknown> = {};
  if (scope.from !== undefined) {
    conditions.push(`${alias}.${yearProperty} >= $scopeFrom`);
    params.scopeFrom = scope.from;
  }
  if (scope.to !== undefined) {
    conditions.push(`${alias}.${yearProperty} <= $scopeTo`);
    params.scopeTo = scope.to;
  }
  if (scope.jurisdiction && scope.jurisdiction.length > 0) {
    conditions.push(`${alias}.jurisdiction IN $scopeJurisdictions`);
    params.scopeJurisdictions = scope.jurisdiction;
  }
  if (scope.cpc) {
    conditions.push(`any(code IN coalesce(${alias}.cpcCodes, []) WHERE code STARTS WITH $scopeCpc)`);
    params.scopeCpc = scope.cpc.replaceAll(' ', '');
  }
  return { where: conditions.join(' AND '), params, yearProperty };
}
