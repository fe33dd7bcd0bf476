/**
 * The screening's risk levels over all pages: how many results each level has and the first few
 * in screening order (what a project record and the report list). Pure.
 */
import { FTO_SUMMARY_TOP, type FtoRiskLevelSummary } from '@graph-schema/dto/fto';
import type { FtoResult, RiskLevel } from './screen';

/** Report order: the levels that need action first. */
export const RISK_LEVELS: readonly RiskLevel[] = ['High', 'Medium', '待核查', 'Low'];

export interface ListedPatent {
  title: string | null;
  applicants: ReadonlyArray<{ name: string; order: number | null }>;
}

export function riskLevelSummary(
  screened: ReadonlyArray<Pick<FtoResult, 'id' | 'riskLevel'>>,
  rowOf: (id: string) => ListedPatent | undefined,
): FtoRiskLevelSummary[] {
  return RISK_LEVELS.map((level) => {
    const results = screened.filter((result) => result.riskLevel === level);
    return {
      level,
      count: results.length,
      top: results.slice(0, FTO_SUMMARY_TOP).map((result) => {
        const row = rowOf(result.id);
        const first = [...(row?.applicants ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))[0];
        return { patentId: result.id, title: row?.title ?? null, applicant: first?.name ?? null };
      }),
    };
  });
}
