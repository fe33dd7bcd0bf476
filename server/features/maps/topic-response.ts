/**
 * Turns a built topic map into its API answers: the bounded map (contours, peaks, clusters,
 * sampled dots, an applicant's dots) and one peak's families, page by page, most typical first.
 */
import type {
  TopicMapReady,
  TopicPeak,
  TopicPeakQuery,
  TopicPeakResponse,
} from '@graph-schema/dto/topic-map';
import type { TopicModel, WeightedTerm } from '@server/analytics/topic/topic-model';
import type { TopicMapBuild } from './topic-build';
import { MAX_TOKENS_PER_FAMILY } from './topic-text';

/** Dots drawn for the whole scope and for one applicant: enough to see the spread, small to send. */
export const MAX_DOTS = 1500;

const METHOD =
  'TF-IDF (sublinear tf, smoothed idf, L2) over title (zh+en), abstract and claim 1 of each family’s representative; ' +
  'spherical k-means (k-means++ seeding, fixed seed); clusters placed by classical MDS of centroid cosine distances, ' +
  'families at the similarity-weighted barycentre of their 3 nearest centroids plus seeded jitter; Gaussian KDE on a grid, ' +
  'contours by marching squares, peaks = local maxima with their basins; a peak is labelled by the top terms of its dominant cluster.';

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Terms as shown: English stems by their most frequent word; weights as computed. */
function shownTerms(build: TopicMapBuild, terms: readonly WeightedTerm[]): WeightedTerm[] {
  return terms.map(({ term, weight }) => ({ term: build.displayForm(term), weight }));
}

export function peakOf(build: TopicMapBuild, id: number): TopicPeak | undefined {
  const { model } = build;
  const peak = model.peaks[id];
  if (!peak) return undefined;
  return {
    id,
    x: peak.position.x,
    y: peak.position.y,
    height: peak.height,
    families: peak.rows.length,
    cluster: peak.cluster,
    terms: shownTerms(build, peak.terms),
  };
}

function dot(model: TopicModel, r: number) {
  return {
    x: round(model.positions[2 * r]!),
    y: round(model.positions[2 * r + 1]!),
    peak: model.peakOfRow[r]!,
  };
}

/** Every `step`-th placed row, so the sample covers the map evenly and is the same every time. */
function sampledRows(model: TopicModel, rows: readonly number[]): number[] {
  const placed = rows.filter((r) => model.peakOfRow[r]! >= 0);
  if (placed.length <= MAX_DOTS) return placed;
  const step = placed.length / MAX_DOTS;
  return Array.from({ length: MAX_DOTS }, (_, k) => placed[Math.floor(k * step)]!);
}

export interface ApplicantFamilies {
  readonly key: string;
  readonly name: string | null;
  readonly familyIds: ReadonlySet<string>;
}

export function topicMapResponse(build: TopicMapBuild, applicant?: ApplicantFamilies): TopicMapReady {
  const { model, snapshot } = build;
  const allRows = Array.from({ length: snapshot.families.length }, (_, r) => r);
  const parameters = model.parameters;
  return {
    state: 'ready',
    dataVersion: build.dataVersion,
    builtAt: build.builtAt,
    buildMs: build.buildMs,
    families: snapshot.families.length,
    clustered: model.clusteredRows,
    unclustered: model.unclusteredRows.length,
    vocabularySize: model.vocabularySize,
    parameters: {
      seed: parameters.seed,
      clusters: model.clusters.length,
      maxClusters: parameters.maxClusters,
      iterations: model.iterations,
      maxIterations: parameters.iterations,
      kmeansFittedFamilies: model.kmeansFittedRows,
      convergedShare: parameters.convergedShare,
      minDf: parameters.minDf,
      maxDfShare: parameters.maxDfShare,
      maxTerms: parameters.maxTerms,
      maxTokensPerFamily: MAX_TOKENS_PER_FAMILY,
      gridSize: parameters.gridSize,
      bandwidthCells: parameters.bandwidthCells,
      peakMinShare: parameters.peakMinShare,
    },
    contours: model.contours.map((contour) => ({
      level: contour.level,
      lines: contour.lines.map((line) => line.flat()),
    })),
    peaks: model.peaks.map((_, id) => peakOf(build, id)!),
    clusters: model.clusters.map((cluster) => ({
      id: cluster.id,
      size: cluster.size,
      x: cluster.position.x,
      y: cluster.position.y,
      terms: shownTerms(build, cluster.terms),
    })),
    dots: sampledRows(model, allRows).map((r) => dot(model, r)),
    ...(applicant ? { overlay: overlayOf(build, applicant) } : {}),
    method: METHOD,
  };
}

function overlayOf(build: TopicMapBuild, applicant: ApplicantFamilies) {
  const { model, snapshot } = build;
  const rows = snapshot.families.flatMap((family, r) =>
    applicant.familyIds.has(family.familyId) ? [r] : [],
  );
  return {
    applicant: applicant.key,
    name: applicant.name,
    families: rows.length,
    dots: sampledRows(model, rows).map((r) => ({
      ...dot(model, r),
      id: snapshot.families[r]!.representativeId,
    })),
  };
}

export function topicPeakPage(build: TopicMapBuild, query: TopicPeakQuery): TopicPeakResponse | undefined {
  const { model, snapshot } = build;
  const peak = peakOf(build, query.peak);
  if (!peak) return undefined;
  const rows = [...model.peaks[query.peak]!.rows].sort(
    (a, b) => model.similarity[b]! - model.similarity[a]! || a - b,
  );
  const families = rows.slice(query.offset, query.offset + query.limit).map((r) => {
    const family = snapshot.families[r]!;
    return {
      familyId: family.familyId,
      publicationNumber: family.representativeId,
      title: family.title,
      applicant: family.applicant?.name ?? null,
      year: family.priorityYear,
      similarity: round(model.similarity[r]!),
      cluster: model.assignment[r]!,
    };
  });
  return {
    peak,
    total: rows.length,
    offset: query.offset,
    limit: query.limit,
    families,
    dataVersion: build.dataVersion,
  };
}
