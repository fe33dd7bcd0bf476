/**
 * The technology route of a scope: the SPC main path of its family citation DAG as map data,
 * laid out left to right by priority year.
 */
import type { MainPathQuery, MainPathResponse } from '@graph-schema/dto/routes';
import type { MainPathResult } from '@server/analytics/main-path';
import { timeOrderedLayout } from '@server/analytics/map-layout';
import { spcCount } from '@server/analytics/spc';
import { explainMap } from '@server/platform/explanations/maps';
import type { AnalysisSnapshot } from '@server/platform/snapshot/snapshot';
import { rankFamilies } from '../core-patents/core-patents';

export async function mainPathMap(
  snapshot: AnalysisSnapshot,
  query: MainPathQuery,
): Promise<MainPathResponse> {
  const {
    path: result,
    logPathsFromSources,
    logPathsToSinks,
  } = await snapshot.mainPath(query.variant, query.k);
  const { indexOf } = snapshot.graph;
  const familyAt = (familyId: string) => snapshot.families[indexOf.get(familyId)!]!;
  const ranking = await rankFamilies(snapshot, { preset: 'default', coreShare: 0.1 });
  const positions = timeOrderedLayout(
    result.nodes.map((familyId) => ({ id: familyId, year: familyAt(familyId).priorityYear })),
  );
  const nodes = result.nodes.map((familyId) => {
    const family = familyAt(familyId);
    const index = indexOf.get(familyId)!;
    const score = ranking.ofFamily(index);
    return {
      id: family.representativeId,
      kind: 'patent' as const,
      label: family.representativeId,
      weight: score?.score ?? 0,
      position: positions.get(familyId)!,
      details: {
        familyId,
        year: family.priorityYear,
        title: family.title,
        applicant: family.applicant?.name ?? null,
        // Source→sink paths through the family: N⁻(u) · N⁺(u).
        spc: spcCount(logPathsFromSources[index]! + logPathsToSinks[index]!),
        core: score?.core ?? false,
        coreScore: score?.score ?? 0,
      },
    };
  });
  const representative = (familyId: string) => familyAt(familyId).representativeId;
  return {
    nodes,
    edges: result.edges.map((edge) => ({
      id: `${representative(edge.source)}->${representative(edge.target)}`,
      source: representative(edge.source),
      target: representative(edge.target),
      weight: edge.spc,
    })),
    measure:
      query.variant === 'key-route'
        ? explainMap('map.measure.mainPathKeyRoute', { k: query.k })
        : explainMap('map.measure.mainPath', { variant: query.variant }),
    truncated: false,
    note: mainPathNote(snapshot, result),
    variant: query.variant,
    brokenCycleEdges: result.droppedLinks.againstTime + result.droppedLinks.inCycles,
    droppedLinks: result.droppedLinks,
    path: nodes.map((node) => ({
      patentId: node.id,
      familyId: String(node.details.familyId),
      year: node.details.year,
      title: node.details.title,
      applicant: node.details.applicant,
      core: node.details.core,
    })),
    totals: { families: snapshot.families.length, citationEdges: snapshot.graph.edgeCount },
  };
}

/** What was dropped before counting paths, or why there is no path at all. */
function mainPathNote(snapshot: AnalysisSnapshot, result: MainPathResult) {
  const citationLinks = snapshot.graph.edgeCount;
  if (citationLinks === 0)
    return explainMap('map.mainPathNoCitations', { families: snapshot.families.length });
  const { againstTime, inCycles } = result.droppedLinks;
  if (result.edges.length === 0)
    return explainMap('map.mainPathEmpty', { citationLinks, againstTime, inCycles });
  return explainMap('map.mainPathDroppedLinks', { againstTime, inCycles });
}
