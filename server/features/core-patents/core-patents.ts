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
} from '@server/analytics/core-score';
import { validationFailed } from '@server/platform/errors';
import { explainNote } from '@server/platform/explanations/notes';
import { type AnalysisSnapshot, Memo } from '@server/platform/snapshot/snapshot';
import type { FamilyRecord } from '@server/platform/snapshot/snapshot-families';
import { forwardCitationsBasis } from './forward-citations-basis';
import type { RankedFamilies } from './ranked-families';
import { NO_CLAIM_1, type RankingOptions, runRanking } from './ranking-job';

export type { RankingOptions } from './ranking-job';

// The DTO's component list and the analytics' ComponentName must be the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const componentNamesInSync: Same<(typeof COMPONENT_NAMES)[number], ComponentName> = true;
void componentNamesInSync;

/** Rankings per snapshot; a snapshot dropped from the cache takes its rankings with it. */
const rankings = new WeakMap<AnalysisSnapshot, Memo<Promise<RankedFamilies>>>();

function rankingsOf(snapshot: AnalysisSnapshot): Memo<Promise<RankedFamilies>> {
  let memo = rankings.get(snapshot);
  if (!memo) {
    memo = new Memo();
    snapshot.track(memo);
    rankings.set(snapshot, memo);
  }
  return memo;
}

/**
 * Scores every family of the snapshot once per option set (memoised with the snapshot; callers
 * asking while it runs share the one run). Large scopes are scored in a worker thread.
 */
export function rankFamilies(snapshot: AnalysisSnapshot, options: RankingOptions): Promise<RankedFamilies> {
  const key = `${options.preset}:${JSON.stringify(options.weights ?? {})}:${options.coreShare}`;
  const memo = rankingsOf(snapshot);
  return memo.get(key, () =>
    runRanking(snapshot, options).catch((error: unknown) => {
      memo.delete(key);
      throw error;
    }),
  );
}

export async function corePatentsPage(
  snapshot: AnalysisSnapshot,
  query: CorePatentsQuery,
): Promise<CorePatentsResponse> {
  const weights = usedWeights(query.preset, query.weights);
  if (Object.keys(weights).length === 0)
    throw validationFailed('weights', 'at least one component needs a positive weight');
  const ranking = await rankFamilies(snapshot, query);
  const items = ranking
    .slice(query.offset, query.offset + query.limit)
    .map((result, k) => toItem(result, snapshot.families[ranking.familyIndexAt(query.offset + k)]!));
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
      core: ranking.coreCount,
    },
    offset: query.offset,
    limit: query.limit,
    items,
    method: explainNote('note.corePatentsMethod', {}),
    forwardCitationsBasis: forwardCitationsBasis(snapshot.families),
    flatComponents: flatComponents(ranking.at(0), snapshot.graph.edgeCount),
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
