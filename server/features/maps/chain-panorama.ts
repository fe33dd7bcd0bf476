/** The chain panorama as map data: chain → segments → branch tree, node weight = families. */
import type { ChainPanoramaResponse } from '@graph-schema/dto/chains';
import type { MapData, MapEdge, MapNode } from '@graph-schema/dto/map';
import { explainMap } from '@server/platform/explanations/maps';

const label = (name: { zh: string | null; en: string | null }, fallback: string) =>
  [name.zh, name.en].filter(Boolean).join(' / ') || fallback;

/** Pure: turns a panorama into nodes and parent → child edges. */
export function panoramaMap(panorama: ChainPanoramaResponse): MapData {
  const chainNode = `chain:${panorama.chain.id}`;
  const nodes: MapNode[] = [
    {
      id: chainNode,
      kind: 'chain',
      label: label(panorama.chain.name, panorama.chain.id),
      weight: panorama.families,
      details: { families: panorama.families },
    },
  ];
  const edges: MapEdge[] = [];
  const edge = (source: string, target: string, weight: number) =>
    edges.push({ id: `e:${source}->${target}`, source, target, weight });
  for (const segment of panorama.segments) {
    const segmentNode = `segment:${segment.id}`;
    nodes.push({
      id: segmentNode,
      kind: 'segment',
      label: label(segment.name, segment.id),
      weight: segment.families,
      details: {
        kind: segment.kind,
        order: segment.order,
        shareOfChain: segment.shareOfChain,
        threeYearGrowth: segment.threeYearGrowth,
      },
    });
    edge(chainNode, segmentNode, segment.families);
    for (const branch of segment.branches) {
      nodes.push({
        id: `branch:${branch.id}`,
        kind: 'branch',
        label: label(branch.name, branch.localId),
        weight: branch.families,
        details: {
          level: branch.level,
          isLeaf: branch.isLeaf,
          shareOfChain: branch.shareOfChain,
          threeYearGrowth: branch.threeYearGrowth,
          weakLink: branch.weakLink,
          // Map details are flat scalars (MapNode.details), so the reasons travel as their English text.
          weakLinkReasons: branch.weakLinkReasons.map((reason) => reason.text).join('; '),
          hot: branch.signals?.hot ?? null,
          blank: branch.signals?.blank ?? null,
        },
      });
      edge(
        branch.parentId ? `branch:${branch.parentId}` : segmentNode,
        `branch:${branch.id}`,
        branch.families,
      );
    }
  }
  return {
    nodes,
    edges,
    measure: explainMap('map.measure.panorama', { dateBasis: panorama.dateBasis }),
    truncated: false,
  };
}
