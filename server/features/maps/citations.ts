/**
 * The citation map of a scope: its top families by default core score (node weight = score,
 * core ones flagged) and the citations among them. Above FORCE_LAYOUT_FROM nodes the server
 * computes ForceAtlas2 positions (cached per scope snapshot, precomputed for the whole corpus at start
 * and after each data change: citation-warm-up.ts) unless the client asks for none (`positions=none`:
 * the technology route lays the nodes out by year itself, so the force layout would only delay its
 * first view); beyond `limit` families the map is cut, and says so.
 */
import type { CitationMapQuery } from '@graph-schema/dto/citation-map';
import type { MapData } from '@graph-schema/dto/map';
import { referencesOf } from '@server/analytics/citation-graph';
import { explainMap } from '@server/platform/explanations/maps';
import type { AnalysisSnapshot } from '@server/platform/snapshot/snapshot';
import { rankFamilies } from '../core-patents/core-patents';
import { citationPositions } from './citation-positions';

export const FORCE_LAYOUT_FROM = 300;

/** The ranking the map shows: the default core score (as core patents' first page). */
export const CITATION_RANKING = { preset: 'default', coreShare: 0.1 } as const;

export async function citationMap(snapshot: AnalysisSnapshot, query: CitationMapQuery): Promise<MapData> {
  const ranking = (await rankFamilies(snapshot, CITATION_RANKING)).slice(0, query.limit);
  const { graph, families } = snapshot;
  const shown = new Set(ranking.map((entry) => graph.indexOf.get(entry.id)!));
  const nodes = ranking.map((entry) => {
    const family = families[graph.indexOf.get(entry.id)!]!;
    return {
      id: family.representativeId,
      kind: 'patent' as const,
      label: family.representativeId,
      weight: entry.score,
      details: {
        familyId: family.familyId,
        title: family.title,
        applicant: family.applicant?.name ?? null,
        year: family.priorityYear,
        rank: entry.rank,
        core: entry.core,
        forwardCitations: family.forwardCitations,
      },
    };
  });
  const edges: MapData['edges'] = [];
  for (const citing of shown) {
    for (const cited of referencesOf(graph, citing)) {
      if (!shown.has(cited)) continue;
      const source = families[citing]!.representativeId;
      const target = families[cited]!.representativeId;
      edges.push({ id: `${source}->${target}`, source, target, weight: 1 });
    }
  }
  const positions =
    nodes.length > FORCE_LAYOUT_FROM && query.positions === 'force'
      ? citationPositions(
          snapshot,
          nodes.map((node) => node.id),
          edges,
        )
      : undefined;
  const truncated = families.length > ranking.length;
  return {
    nodes: nodes.map((node) => (positions ? { ...node, position: positions.get(node.id)! } : node)),
    edges,
    measure: explainMap('map.measure.citations', {}),
    truncated,
    ...(truncated
      ? {
          note: explainMap('map.topFamiliesByCoreScore', {
            shownFamilies: ranking.length,
            totalFamilies: families.length,
          }),
        }
      : {}),
  };
}
