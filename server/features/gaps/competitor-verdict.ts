/**
 * The verdict of one branch against the chosen competitors (issue 12: "a competitor files ≥ k× the
 * target", "only competitors file here"), next to the field-based RTA verdict of gap-verdict.ts.
 * Pure: the same counts and k give the same verdict; the reasons carry every count and k.
 */
import type { GapExplanation } from '@graph-schema/dto/explanation';
import type { CompetitorVerdict } from '@graph-schema/dto/gaps';
import { explainGap } from './explain-gap';

/** The default k: a competitor with twice the target's families is ahead. */
export const DEFAULT_COMPETITOR_RATIO = 2;

export interface PartyCount {
  name: string;
  families: number;
}

export interface CompetitorFinding {
  verdict: CompetitorVerdict;
  reasons: GapExplanation[];
}

/**
 * - onlyCompetitors: the target has no family here and at least one competitor has;
 * - competitorAhead: the target has families and a competitor has ≥ k × as many (one reason each,
 *   in the order the competitors were chosen);
 * - targetLeads: the target has more families than every chosen competitor;
 * - none: anything else (a tie with the strongest competitor, or nobody files).
 */
export function competitorVerdict(
  target: { families: number },
  competitors: readonly PartyCount[],
  ratio: number,
): CompetitorFinding {
  const filing = competitors.filter((c) => c.families > 0);
  if (target.families === 0) {
    if (filing.length === 0) return { verdict: 'none', reasons: [] };
    return {
      verdict: 'onlyCompetitors',
      reasons: [
        explainGap('gap.onlyCompetitors', {
          competitors: filing.map((c) => `${c.name} ${c.families}`).join(', '),
          competitorFamilies: filing.reduce((sum, c) => sum + c.families, 0),
        }),
      ],
    };
  }
  const ahead = competitors.filter((c) => c.families >= ratio * target.families);
  if (ahead.length > 0) {
    return {
      verdict: 'competitorAhead',
      reasons: ahead.map((c) =>
        explainGap('gap.competitorAhead', {
          competitor: c.name,
          competitorFamilies: c.families,
          targetFamilies: target.families,
          k: ratio,
        }),
      ),
    };
  }
  const strongest = strongestOf(competitors);
  if (!strongest || target.families > strongest.families) {
    return {
      verdict: 'targetLeads',
      reasons: [
        explainGap('gap.targetLeads', {
          targetFamilies: target.families,
          competitor: strongest?.name ?? '—',
          competitorFamilies: strongest?.families ?? 0,
        }),
      ],
    };
  }
  return { verdict: 'none', reasons: [] };
}

/** The competitor with most families; ties go to the one chosen first (the request's order). */
function strongestOf(competitors: readonly PartyCount[]): PartyCount | undefined {
  let best: PartyCount | undefined;
  for (const c of competitors) if (!best || c.families > best.families) best = c;
  return best;
}
