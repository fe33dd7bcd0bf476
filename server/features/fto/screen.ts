import type { FtoExplanation } from '@graph-schema/dto/explanation';
import {
  type InactiveReason,
  type LegalStatus,
  legalStatusWord,
} from '@graph-schema/vocabulary/legal-status';
import { independentClaims, type NumberedClaim } from '@server/analytics/claims/split';
import {
  type ElementMatch,
  type FeatureIndex,
  featureIndex,
  matchElement,
  prepareText,
  synonymCanonicaliser,
} from '@server/analytics/fto/element-match';
import { explainFto } from './explain-fto';
import { type PreparedClaim, prepareClaim } from './prepared-claims';

/**
 * Infringement-risk screening (FTO) of a product against candidate patents. For each independent
 * claim: split into elements, match each element to the product features (element-match.ts),
 * apply the all-elements rule (any missing element ⇒ no literal infringement of that claim).
 *
 * Risk level per patent (the most severe over its independent claims):
 * - 待核查 (needs review): claim text or legal status missing/unknown, or no claim could be split —
 *   we cannot judge, so we never say Low (fto.claimsNotInExport when the export had no claims);
 * - High: in force and some independent claim has every element `identical`;
 * - Medium: in force and some claim has every element at least `equivalent` (possible infringement
 *   under the doctrine of equivalents), or a pending application whose claim is fully matched
 *   (its claims may still change);
 * - Low: every independent claim misses an element, or the patent is not in force (its term ran
 *   out, or it is inactive: the reason, when stored, says why). Low is not zero: the output never
 *   says "no risk".
 */
export type RiskLevel = 'High' | 'Medium' | 'Low' | '待核查';

export interface FtoCandidate {
  readonly id: string;
  readonly claims?: readonly NumberedClaim[] | null;
  /**
   * The independent claims already prepared with the default synonyms (the FTO index keeps them,
   * prepared-claims.ts); used instead of `claims`, with `hasClaimText` saying whether the export
   * had any claim text.
   */
  readonly preparedClaims?: readonly PreparedClaim[];
  readonly legalStatus?: LegalStatus | null;
  /** Why an inactive patent is inactive, when its source said. */
  readonly inactiveReason?: InactiveReason | null;
  /** ISO date (yyyy-mm-dd) of the expected expiry. */
  readonly expiry?: string | null;
  readonly jurisdiction: string;
  /**
   * Whether the export had any claim text, when `claims` holds only the independent claims
   * (chart-records.ts); by default worked out from `claims`.
   */
  readonly hasClaimText?: boolean;
}

export interface FtoOptions {
  /** ISO date the screening is for; default today. */
  readonly asOf?: string;
  /** Other synonyms than the default ones; not with prepared claims (they were prepared with the default). */
  readonly synonyms?: readonly (readonly string[])[];
}

export interface ClaimChart {
  readonly claimNumber: number;
  readonly preamble: string;
  readonly elements: ElementMatch[];
  /** All elements identical: literal infringement cannot be excluded on this evidence. */
  readonly allElementsIdentical: boolean;
  readonly missingElements: number;
}

export interface FtoResult {
  readonly id: string;
  readonly jurisdiction: string;
  readonly riskLevel: RiskLevel;
  readonly reasons: FtoExplanation[];
  readonly legalStatus: LegalStatus;
  /** Years from asOf to expiry (negative = expired), null when the expiry is unknown. */
  readonly remainingTermYears: number | null;
  readonly claimCharts: ClaimChart[];
  readonly disclaimer: { readonly zh: string; readonly en: string };
}

export const FTO_DISCLAIMER = {
  zh: '本结果为基于文本相似度的侵权风险初步筛查，不构成法律意见；风险等级不代表无风险，结论须由专利律师或专利代理师结合完整权利要求、审查历史与产品实物核实。',
  en: 'This is an automated, text-similarity based infringement-risk screening, not a legal opinion. A risk level never means zero risk; a patent attorney must verify it against the full claims, prosecution history and the actual product.',
} as const;

const RISK_ORDER: Readonly<Record<RiskLevel, number>> = { High: 0, Medium: 1, 待核查: 2, Low: 3 };
const DAY_MS = 86_400_000;

export function screenFreedomToOperate(
  features: readonly string[],
  candidates: readonly FtoCandidate[],
  options: FtoOptions = {},
): FtoResult[] {
  const canonicalise = synonymCanonicaliser(options.synonyms);
  const preparedFeatures = featureIndex(features.map((feature) => prepareText(feature, canonicalise)));
  const asOf = Date.parse(options.asOf ?? new Date().toISOString().slice(0, 10));
  if (options.synonyms !== undefined && candidates.some((candidate) => candidate.preparedClaims)) {
    throw new Error(
      'prepared claims were prepared with the default synonyms; screen their raw claims instead',
    );
  }
  const prepare = (claim: NumberedClaim) => prepareClaim(claim, canonicalise);
  // Each result's order key once (the comparator runs ~n log n times).
  const keyed = candidates.map((candidate) => {
    const result = screenCandidate(candidate, preparedFeatures, prepare, asOf);
    return { result, level: RISK_ORDER[result.riskLevel], coverage: bestCoverage(result) };
  });
  keyed.sort((a, b) => a.level - b.level || b.coverage - a.coverage);
  return keyed.map(({ result }) => result);
}

function screenCandidate(
  candidate: FtoCandidate,
  features: FeatureIndex,
  prepare: (claim: NumberedClaim) => PreparedClaim,
  asOf: number,
): FtoResult {
  const legalStatus = candidate.legalStatus ?? 'unknown';
  const expiry = candidate.expiry ? Date.parse(candidate.expiry) : Number.NaN;
  const remainingTermYears = Number.isNaN(expiry)
    ? null
    : Math.round(((expiry - asOf) / DAY_MS / 365.25) * 10) / 10;
  const preparedClaims =
    candidate.preparedClaims ??
    independentClaims(candidate.claims ?? [])
      .filter((claim) => claim.text.trim() !== '')
      .map(prepare);
  const claimCharts = preparedClaims
    .map((claim) => chartClaim(claim, features))
    .filter((chart) => chart.elements.length > 0);
  const status = { legalStatus, inactiveReason: candidate.inactiveReason ?? null };
  const exportHasClaims =
    candidate.hasClaimText ?? (candidate.claims ?? []).some((claim) => claim.text.trim() !== '');
  const { riskLevel, reasons } = assessRisk(status, remainingTermYears, claimCharts, exportHasClaims);
  return {
    id: candidate.id,
    jurisdiction: candidate.jurisdiction,
    riskLevel,
    reasons,
    legalStatus,
    remainingTermYears,
    claimCharts,
    disclaimer: FTO_DISCLAIMER,
  };
}

function chartClaim(claim: PreparedClaim, features: FeatureIndex): ClaimChart {
  const elements = claim.elements.map((element) => matchElement(element, features));
  const missingElements = elements.filter((element) => element.kind === 'missing').length;
  return {
    claimNumber: claim.number,
    preamble: claim.preamble,
    elements,
    allElementsIdentical: elements.every((element) => element.kind === 'identical'),
    missingElements,
  };
}

function assessRisk(
  { legalStatus, inactiveReason }: { legalStatus: LegalStatus; inactiveReason: InactiveReason | null },
  remainingTermYears: number | null,
  charts: readonly ClaimChart[],
  exportHasClaims: boolean,
): { riskLevel: RiskLevel; reasons: FtoExplanation[] } {
  if (legalStatus === 'unknown')
    return { riskLevel: '待核查', reasons: [explainFto('fto.legalStatusMissing', {})] };
  if (charts.length === 0) {
    // Say why the chart is empty: the export carried no claims at all, or none could be charted.
    const code = exportHasClaims ? 'fto.noClaimText' : 'fto.claimsNotInExport';
    return { riskLevel: '待核查', reasons: [explainFto(code, {})] };
  }
  const expired = remainingTermYears !== null && remainingTermYears < 0;
  if (expired) return { riskLevel: 'Low', reasons: [explainFto('fto.expired', {})] };
  if (legalStatus === 'inactive') {
    const word = legalStatusWord(legalStatus, inactiveReason);
    return { riskLevel: 'Low', reasons: [explainFto('fto.notInForce', { legalStatus: word })] };
  }
  const literal = charts.filter((chart) => chart.allElementsIdentical);
  const equivalent = charts.filter((chart) => chart.missingElements === 0);
  const claimsOf = (list: readonly ClaimChart[]) => list.map((chart) => chart.claimNumber);
  if (legalStatus === 'pending' && equivalent.length > 0) {
    return {
      riskLevel: 'Medium',
      reasons: [explainFto('fto.pendingFullMatch', { claims: claimsOf(equivalent) })],
    };
  }
  if (literal.length > 0) {
    return { riskLevel: 'High', reasons: [explainFto('fto.literalMatch', { claims: claimsOf(literal) })] };
  }
  if (equivalent.length > 0) {
    return {
      riskLevel: 'Medium',
      reasons: [explainFto('fto.equivalentMatch', { claims: claimsOf(equivalent) })],
    };
  }
  return { riskLevel: 'Low', reasons: [explainFto('fto.elementMissing', {})] };
}

/** Largest share of matched (non-missing) elements over the charts; orders results within a level. */
function bestCoverage(result: FtoResult): number {
  return Math.max(
    0,
    ...result.claimCharts.map((chart) => 1 - chart.missingElements / Math.max(1, chart.elements.length)),
  );
}
