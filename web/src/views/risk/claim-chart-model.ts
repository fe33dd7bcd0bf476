/**
 * One screened patent's claim charts → table rows. Pure. One row per claim element, grouped by
 * independent claim; the all-elements rule is stated per claim (any missing element ⇒ no literal
 * infringement of that claim).
 */
import type { FtoResultItem } from '@graph-schema/dto/fto';
import type { MessageKey } from '@web/src/i18n';

export type MatchKind = 'identical' | 'equivalent' | 'missing';

export const MATCH_KIND_KEYS: Record<MatchKind, MessageKey> = {
  identical: 'risk.match.identical',
  equivalent: 'risk.match.equivalent',
  missing: 'risk.match.missing',
};

export interface ElementRow {
  /** 1-based position of the element within its claim. */
  position: number;
  element: string;
  bestFeature: string | null;
  /** 0–100, rounded. */
  score: number;
  kind: MatchKind;
}

export interface ClaimChartModel {
  claimNumber: number;
  preamble: string;
  rows: ElementRow[];
  missingElements: number;
  allElementsIdentical: boolean;
  /** The summary message of the claim under the all-elements rule. */
  verdictKey: MessageKey;
}

function verdictKey(chart: FtoResultItem['claimCharts'][number]): MessageKey {
  if (chart.missingElements > 0) return 'risk.verdict.missing';
  return chart.allElementsIdentical ? 'risk.verdict.literal' : 'risk.verdict.equivalent';
}

export function claimChartModels(item: Pick<FtoResultItem, 'claimCharts'>): ClaimChartModel[] {
  return item.claimCharts.map((chart) => ({
    claimNumber: chart.claimNumber,
    preamble: chart.preamble,
    rows: chart.elements.map((evidence, k) => ({
      position: k + 1,
      element: evidence.element,
      bestFeature: evidence.bestFeature,
      score: Math.round(Math.min(100, Math.max(0, evidence.score))),
      kind: evidence.kind,
    })),
    missingElements: chart.missingElements,
    allElementsIdentical: chart.allElementsIdentical,
    verdictKey: verdictKey(chart),
  }));
}
