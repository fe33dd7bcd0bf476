/**
 * Core-patent ranking of a scope's families (composite explainable score, see
 * analytics/core-score.ts). Families, not publications, are ranked: each row is the family's
 * representative publication, with its familyId and the members in scope.
 */
import type {
  COMPONENT_NAMES,
  CorePatentItem,
  CorePatentsQuery,
  CorePatentsResponse,
  SignalSource,
} from '@graph-schema/dto/core-patents';
import {
  type ComponentName,
  type CoreScoreResult,
  PRESETS,
  type PresetName,
  scoreCorePatents,
} from '@server/analytics/core-score';
import type { CorePatentInput } from '@server/analytics/core-score-components';
import { validationFailed } from '@server/platform/errors';
import { explainNote } from '@server/platform/explanations/notes';
import { type AnalysisSnapshot, Memo } from '@server/platform/snapshot/snapshot';
import type { FamilyRecord } from '@server/platform/snapshot/snapshot-families';
import { forwardCitationsBasis } from './forward-citations-basis';

// The DTO's component list and the analytics' ComponentName must be the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const componentNamesInSync: Same<(typeof COMPONENT_NAMES)[number], ComponentName> = true;
void componentNamesInSync;

const YEAR_MS = 365.25 * 86_400_000;
/** A family without claim text must not look like the broadest claim: it ranks as the narrowest. */
const NO_CLAIM_1 = Number.MAX_SAFE_INTEGER;

export interface RankingOptions {
  readonly preset: PresetName;
  readonly weights?: Partial<Record<ComponentName, number>> | undefined;
  readonly coreShare: number;
}

/** Rankings per snapshot; a snapshot dropped from the cache takes its rankings with it. */
const rankings = new WeakMap<AnalysisSnapshot, Memo<CoreScoreResult[]>>();

function rankingsOf(snapshot: AnalysisSnapshot): Memo<CoreScoreResult[]> {
  let memo = rankings.get(snapshot);
  if (!memo) {
    memo = new Memo();
    snapshot.track(memo);
    rankings.set(snapshot, memo);
  }
  return memo;
}

/** Scores every family of the snapshot once per option set (memoised with the snapshot). */
export function rankFamilies(snapshot: AnalysisSnapshot, options: RankingOptions): CoreScoreResult[] {
  const key = `${options.preset}:${JSON.stringify(options.weights ?? {})}:${options.coreShare}`;
  return rankingsOf(snapshot).get(key, () => {
    if (snapshot.families.length === 0) return [];
    const pageRank = snapshot.pageRank().scores;
    const rescaled = snapshot.rescaledPageRank();
    const today = Date.now();
    const inputs = snapshot.families.map((family, index) =>
      toInput(family, pageRank[index]!, rescaled[index]!, today),
    );
    return scoreCorePatents(inputs, {
      preset: options.preset,
      ...(options.weights ? { weights: options.weights } : {}),
      coreShare: options.coreShare,
    });
  });
}

function toInput(family: FamilyRecord, pageRank: number, rescaled: number, today: number): CorePatentInput {
  const inForce = family.legalStatus === 'active' || family.legalStatus === 'pending';
  const expiry = family.expiryDate ? Date.parse(family.expiryDate) : Number.NaN;
  const remaining = inForce && !Number.isNaN(expiry) ? Math.max(0, (expiry - today) / YEAR_MS) : 0;
  return {
    id: family.familyId,
    forwardCitations: family.forwardCitations,
    cohort: family.cohort,
    pageRank,
    rescaledPageRank: rescaled,
    jurisdictions: family.jurisdictions,
    familySize: family.familySize,
    claimsCount: family.claimsCount,
    claim1Length: family.claim1Length ?? NO_CLAIM_1,
    independentClaims: family.independentClaims,
    remainingTermYears: Math.round(remaining * 10) / 10,
    legalStatus: family.legalStatus,
    events: family.events,
    inventors: family.inventors,
  };
}

export function corePatentsPage(snapshot: AnalysisSnapshot, query: CorePatentsQuery): CorePatentsResponse {
  const weights = usedWeights(query.preset, query.weights);
  if (Object.keys(weights).length === 0)
    throw validationFailed('weights', 'at least one component needs a positive weight');
  const ranking = rankFamilies(snapshot, query);
  const indexOf = snapshot.graph.indexOf;
  const items = ranking.slice(query.offset, query.offset + query.limit).map((result) => {
    const family = snapshot.families[indexOf.get(result.id)!]!;
    return toItem(result, family);
  });
  return {
    unit: 'family',
    preset: query.preset,
    scale: PRESETS[query.preset].scale,
    weights,
    coreShare: query.coreShare,
    totals: {
      families: snapshot.families.length,
      publications: snapshot.publications,
      citationEdges: snapshot.graph.edgeCount,
      core: ranking.filter((result) => result.core).length,
    },
    offset: query.offset,
    limit: query.limit,
    items,
    method: explainNote('note.corePatentsMethod', {}),
    forwardCitationsBasis: forwardCitationsBasis(snapshot.families),
    flatComponents: flatComponents(ranking[0], snapshot.graph.edgeCount),
    snapshot: { builtAt: snapshot.builtAt, buildMs: snapshot.buildMs },
  };
}

/** Components derived from the citation graph: without edges they are flat for that reason. */
const CITATION_COMPONENTS: ReadonlySet<ComponentName> = new Set([
  'pageRankPercentile',
  'rescaledPageRankPercentile',
]);

/** Flatness is a property of the whole scored set, so any one result carries it. */
export function flatComponents(
  result: CoreScoreResult | undefined,
  citationEdges: number,
): CorePatentsResponse['flatComponents'] {
  return (result?.components ?? [])
    .filter((component) => component.flat)
    .map(({ name }) => ({
      name,
      reason:
        citationEdges === 0 && CITATION_COMPONENTS.has(name)
          ? explainNote('note.componentNoCitationEdges', { component: name })
          : explainNote('note.componentAllEqual', { component: name }),
    }));
}

/** The components scored from a signal that combines graph links and exporter counts. */
function sourceOfComponent(name: ComponentName, family: FamilyRecord): SignalSource | null {
  if (name === 'forwardCitationsCohortPercentile' || name === 'forwardCitationsSetPercentile')
    return family.forwardCitationsBasis.source;
  return name === 'familySizePercentile' ? family.familySizeBasis.source : null;
}

function toItem(result: CoreScoreResult, family: FamilyRecord): CorePatentItem {
  return {
    rank: result.rank,
    score: result.score,
    core: result.core,
    highValue: result.highValue ?? null,
    familyId: family.familyId,
    patentId: family.representativeId,
    memberIds: [...family.memberIds],
    title: family.title,
    applicant: family.applicant,
    priorityYear: family.priorityYear,
    jurisdictions: [...family.jurisdictions],
    components: result.components.map((component) => ({
      ...component,
      raw: component.name === 'claim1Breadth' && component.raw === NO_CLAIM_1 ? null : component.raw,
      source: sourceOfComponent(component.name, family),
    })),
    signals: { forwardCitations: family.forwardCitationsBasis, familySize: family.familySizeBasis },
    cohort: result.cohort,
  };
}

/** The preset's weights with the overrides applied, renormalised to sum to 1 (as the scorer does). */
export function usedWeights(
  preset: PresetName,
  overrides: Partial<Record<ComponentName, number>> | undefined,
): Record<string, number> {
  const merged = Object.entries({ ...PRESETS[preset].weights, ...overrides }).filter(
    (entry): entry is [string, number] => entry[1] !== undefined && entry[1] > 0,
  );
  const total = merged.reduce((sum, [, weight]) => sum + weight, 0);
  return Object.fromEntries(merged.map(([name, weight]) => [name, weight / total]));
}
