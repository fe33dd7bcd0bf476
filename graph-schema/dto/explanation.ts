/**
 * Explanations (reasons, rules, evidence sentences) as structured messages `{code, params, text}`:
 * `code` names the kind of explanation from the closed lists below, `params` holds the numbers and
 * names it inserts (numbers unformatted: ratios as ratios, not percent strings), and `text` is the
 * English rendering for API clients. Clients that know a code render it in their own language from
 * `params` (web/src/i18n/explanations-*.ts); any other client shows `text`.
 *
 * One server-side helper per domain builds these (server/explanations/), so code, params and text
 * always come from the same call and cannot disagree.
 */
import { z } from 'zod';

/** Layout-gap verdict reasons, the geographic gap reason and the rules behind them (GET /api/gaps). */
export const GAP_EXPLANATION_CODES = [
  'gap.large',
  'gap.fastGrowing',
  'gap.fastGrowingFromZero',
  'gap.hot',
  'gap.weakRta',
  'gap.fewOwnFamilies',
  'gap.strongRta',
  'gap.noOwnFamilies',
  'gap.officeGap',
  'gap.rule.large',
  'gap.rule.fastGrowing',
  'gap.rule.gap',
  'gap.rule.strength',
  'gap.rule.watch',
  'gap.rule.geographic',
  'gap.competitorAhead',
  'gap.onlyCompetitors',
  'gap.targetLeads',
  'gap.rule.competitors',
  'gap.rule.recommendation',
] as const;

/** Weak-link reasons of the chain panorama and the rules behind its flags. */
export const CHAIN_EXPLANATION_CODES = [
  'chain.fewFamilies',
  'chain.blank',
  'chain.rule.hot',
  'chain.rule.blank',
  'chain.rule.weakLink',
  'chain.rule.rta',
] as const;

/** Why an FTO candidate got its risk level (High / Medium / Low / 待核查). */
export const FTO_EXPLANATION_CODES = [
  'fto.legalStatusMissing',
  'fto.noClaimText',
  'fto.claimsNotInExport',
  'fto.expired',
  'fto.notInForce',
  'fto.pendingFullMatch',
  'fto.literalMatch',
  'fto.equivalentMatch',
  'fto.elementMissing',
] as const;

/** Why the landscape got its lifecycle stage, and the rule that decides it. */
export const LIFECYCLE_EXPLANATION_CODES = [
  'lifecycle.decline',
  'lifecycle.emerging',
  'lifecycle.growth',
  'lifecycle.maturity',
  'lifecycle.rule',
] as const;

/** Why a technology–effect cell got its kind (white space, apparent gap, saturated, inactive). */
export const TECH_EFFECT_EXPLANATION_CODES = [
  'techEffect.saturated',
  'techEffect.inactive',
  'techEffect.lowCell',
  'techEffect.looseWording',
  'techEffect.siblingBranch',
  'techEffect.tooFew',
] as const;

/** Why a fence around a core patent got its layout mode (路障式 / 城墙式 / 围栏式 / 丛林式). */
export const FENCE_EXPLANATION_CODES = [
  'fence.roadblock',
  'fence.wall',
  'fence.jungle',
  'fence.ownFence',
  'fence.hostileFence',
] as const;

/** What a map's sizes and weights count (MapData.measure), and what it left out or merged (MapData.note). */
export const MAP_EXPLANATION_CODES = [
  'map.topApplicantsAndClasses',
  'map.topApplicantsAggregated',
  'map.topFamiliesByCoreScore',
  'map.measure.applicantCpc',
  'map.measure.applicantBranch',
  'map.measure.panorama',
  'map.measure.citations',
  'map.measure.mainPath',
  'map.measure.mainPathKeyRoute',
  'map.measure.coApplicants',
  'map.measure.coInventors',
  'map.topCollaborators',
  'map.topInventors',
  'map.mainPathDroppedLinks',
  'map.mainPathNoCitations',
  'map.mainPathEmpty',
] as const;

/** Method statements and caveats that travel with an answer (growth windows, teams, matrix, methods). */
export const NOTE_EXPLANATION_CODES = [
  'note.growthWindows',
  'note.teamRule',
  'note.coInventorLinkRule',
  'note.techEffectTruncated',
  'note.techEffectLexicon',
  'note.techEffectIndicative',
  'note.corePatentsMethod',
  'note.forwardCitationsBasis',
  'note.forwardCitationsInCorpus',
  'note.componentNoCitationEdges',
  'note.componentAllEqual',
  'note.ftoMethod',
  'note.ftoMethodWithCpc',
  'note.ftoMethodWithInactive',
  'note.ftoMethodWithInactiveAndCpc',
  'note.ftoRelevanceFloor',
  'note.fenceMethodDirect',
  'note.fenceMethodTwoHops',
  'note.incompleteYears',
  'note.compositionShares',
  'note.geographyPct',
  'note.legalFamilyStatuses',
  'note.legalExpiryWindows',
  'note.applicantTiers',
  'note.applicantTiersCollapsed',
  'note.applicantConcentration',
  'note.lifecycleMeasure',
  'note.hhiUnconcentrated',
  'note.hhiModerate',
  'note.hhiHigh',
] as const;

/** What an answer counts and by which date its years go (the `basis` of each response). */
export const BASIS_EXPLANATION_CODES = [
  'basis.landscape',
  'basis.trends',
  'basis.composition',
  'basis.geography',
  'basis.applicants',
  'basis.inventors',
  'basis.legal',
  'basis.panorama',
  'basis.gaps',
  'basis.techEffect',
  'basis.coApplicants',
] as const;

/** The codes of one domain, as a type (what each server helper must render). */
export type GapExplanationCode = (typeof GAP_EXPLANATION_CODES)[number];
export type ChainExplanationCode = (typeof CHAIN_EXPLANATION_CODES)[number];
export type FtoExplanationCode = (typeof FTO_EXPLANATION_CODES)[number];
export type LifecycleExplanationCode = (typeof LIFECYCLE_EXPLANATION_CODES)[number];
export type TechEffectExplanationCode = (typeof TECH_EFFECT_EXPLANATION_CODES)[number];
export type FenceExplanationCode = (typeof FENCE_EXPLANATION_CODES)[number];
export type MapExplanationCode = (typeof MAP_EXPLANATION_CODES)[number];
export type NoteExplanationCode = (typeof NOTE_EXPLANATION_CODES)[number];
export type BasisExplanationCode = (typeof BASIS_EXPLANATION_CODES)[number];

/** Every code of every domain: what a client needs a translation for. */
export const EXPLANATION_CODES = [
  ...GAP_EXPLANATION_CODES,
  ...CHAIN_EXPLANATION_CODES,
  ...FTO_EXPLANATION_CODES,
  ...LIFECYCLE_EXPLANATION_CODES,
  ...TECH_EFFECT_EXPLANATION_CODES,
  ...FENCE_EXPLANATION_CODES,
  ...MAP_EXPLANATION_CODES,
  ...NOTE_EXPLANATION_CODES,
  ...BASIS_EXPLANATION_CODES,
] as const;
export const ExplanationCode = z.enum(EXPLANATION_CODES);
export type ExplanationCode = z.infer<typeof ExplanationCode>;

/**
 * A parameter value: a number (unformatted; null where the measure has no finite value, e.g.
 * growth from zero), a name or status word, or a list of numbers (e.g. claim numbers).
 */
export const ExplanationParam = z.union([z.number(), z.string(), z.array(z.number()), z.null()]);
export type ExplanationParam = z.infer<typeof ExplanationParam>;
export const ExplanationParams = z.record(z.string(), ExplanationParam);
export type ExplanationParams = z.infer<typeof ExplanationParams>;

/** The message schema for one domain's codes (so /docs lists exactly the codes a field can carry). */
export function explanationOf<const Codes extends readonly [ExplanationCode, ...ExplanationCode[]]>(
  codes: Codes,
) {
  return z.object({
    code: z.enum(codes).describe('kind of explanation; render it from params, or show text'),
    params: ExplanationParams.describe('the numbers and names the explanation inserts, unformatted'),
    text: z.string().describe('English rendering'),
  });
}

export const Explanation = explanationOf(EXPLANATION_CODES);
export type Explanation = z.infer<typeof Explanation>;

export const GapExplanation = explanationOf(GAP_EXPLANATION_CODES);
export type GapExplanation = z.infer<typeof GapExplanation>;
export const ChainExplanation = explanationOf(CHAIN_EXPLANATION_CODES);
export type ChainExplanation = z.infer<typeof ChainExplanation>;
export const FtoExplanation = explanationOf(FTO_EXPLANATION_CODES);
export type FtoExplanation = z.infer<typeof FtoExplanation>;
export const LifecycleExplanation = explanationOf(LIFECYCLE_EXPLANATION_CODES);
export type LifecycleExplanation = z.infer<typeof LifecycleExplanation>;
export const TechEffectExplanation = explanationOf(TECH_EFFECT_EXPLANATION_CODES);
export type TechEffectExplanation = z.infer<typeof TechEffectExplanation>;
export const FenceExplanation = explanationOf(FENCE_EXPLANATION_CODES);
export type FenceExplanation = z.infer<typeof FenceExplanation>;
export const MapExplanation = explanationOf(MAP_EXPLANATION_CODES);
export type MapExplanation = z.infer<typeof MapExplanation>;
export const NoteExplanation = explanationOf(NOTE_EXPLANATION_CODES);
export type NoteExplanation = z.infer<typeof NoteExplanation>;
export const BasisExplanation = explanationOf(BASIS_EXPLANATION_CODES);
export type BasisExplanation = z.infer<typeof BasisExplanation>;
