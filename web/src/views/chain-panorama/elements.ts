/**
 * Chain panorama (API DTO) → Cytoscape elements with preset positions. Pure: size, colour, label
 * and the weak-link flag go into element data/classes, mapped by graph/styles.ts and
 * panorama-styles.ts.
 */

import type { ChainPanoramaResponse, PanoramaBranch } from '@graph-schema/dto/chains';
import { KIND_STYLES } from '@web/src/graph/kind-style';
import { scaleBySqrt } from '@web/src/graph/to-elements';
import type { Lang } from '@web/src/i18n';
import type { ElementDefinition } from 'cytoscape';
import { nameIn } from '../navigation/bilingual';
import { formatInteger } from '../navigation/format';
import { formatMeasure, measureColor, measureMax, measureValue, type PanoramaMeasure } from './measure';
import {
  branchNodeId,
  chainNodeId,
  PANORAMA_GRID,
  type Point,
  panoramaPositions,
  segmentNodeId,
} from './positions';

export const BRANCH_SIZE = { min: 12, max: 40 } as const;
export const SEGMENT_SIZE = { min: 28, max: 52 } as const;
export const CHAIN_SIZE = 60;
/**
 * Which label stays when two would overlap (graph/label-fit.ts): the chain, then its segments, then
 * branches by size (their sizes are under 100).
 */
export const LABEL_PRIORITY = { chain: 1000, segment: 500 } as const;
/** Part-of links are structure, not quantities: one thin width for all. */
const EDGE_DATA = { width: 1.2, opacity: 0.5 } as const;

export const WEAK_LINK_CLASS = 'weak-link';

export interface PanoramaElementOptions {
  measure: PanoramaMeasure;
  lang: Lang;
  /** 上游 / 中游 / 下游 for a segment kind, shown before the segment name; undefined for other kinds. */
  segmentKindLabel?: ((kind: string) => string | undefined) | undefined;
}

function allBranches(panorama: ChainPanoramaResponse): PanoramaBranch[] {
  return panorama.segments.flatMap((segment) => segment.branches);
}

function node(
  id: string,
  data: Record<string, string | number | boolean>,
  position: Point | undefined,
  classes?: string,
): ElementDefinition {
  const element: ElementDefinition = { group: 'nodes', data: { id, ...data } };
  if (position) element.position = { ...position };
  if (classes) element.classes = classes;
  return element;
}

/** A link into a wrapped sub-column: drawn along the segment row first, not across other labels. */
export const WRAPPED_EDGE_CLASS = 'wrapped';

function edge(source: string, target: string, wrapped = false): ElementDefinition {
  const element: ElementDefinition = {
    group: 'edges',
    data: { id: `e:${source}->${target}`, source, target, ...EDGE_DATA },
  };
  if (wrapped) element.classes = WRAPPED_EDGE_CLASS;
  return element;
}

function branchElement(
  branch: PanoramaBranch,
  options: PanoramaElementOptions,
  scale: { maxFamilies: number; maxValue: number },
  position: Point | undefined,
): ElementDefinition {
  const value = measureValue(branch, options.measure);
  const name = nameIn(branch.name, options.lang, branch.localId);
  return node(
    branchNodeId(branch.id),
    {
      kind: 'branch',
      branchId: branch.id,
      label: `${name} · ${formatMeasure(value, options.measure, options.lang)}`,
      weight: branch.families,
      size: scaleBySqrt(branch.families, scale.maxFamilies, BRANCH_SIZE),
      color: measureColor(value, options.measure, scale.maxValue),
      shape: KIND_STYLES.branch.shape,
      weakLink: branch.weakLink,
    },
    position,
    branch.weakLink ? WEAK_LINK_CLASS : undefined,
  );
}

/** Chain and segments keep their kind colours: the measure colours the branches only. */
function structureElements(
  panorama: ChainPanoramaResponse,
  positions: Map<string, Point>,
  options: PanoramaElementOptions,
): ElementDefinition[] {
  const { lang } = options;
  const chainId = chainNodeId(panorama.chain.id);
  const maxSegment = Math.max(0, ...panorama.segments.map((segment) => segment.families));
  const chain = node(
    chainId,
    {
      kind: 'chain',
      label: `${nameIn(panorama.chain.name, lang, panorama.chain.id)} · ${formatInteger(panorama.families, lang)}`,
      weight: panorama.families,
      size: CHAIN_SIZE,
      labelPriority: LABEL_PRIORITY.chain,
      ...KIND_STYLES.chain,
    },
    positions.get(chainId),
  );
  const segments = panorama.segments.flatMap((segment) => {
    const id = segmentNodeId(segment.id);
    const kind = options.segmentKindLabel?.(segment.kind);
    const name = nameIn(segment.name, lang, segment.id);
    const label = `${kind ? `${kind} · ` : ''}${name} · ${formatInteger(segment.families, lang)}`;
    const size = scaleBySqrt(segment.families, maxSegment, SEGMENT_SIZE);
    const labelPriority = LABEL_PRIORITY.segment + size;
    const data = {
      kind: 'segment',
      label,
      weight: segment.families,
      size,
      labelPriority,
      ...KIND_STYLES.segment,
    };
    return [node(id, data, positions.get(id)), edge(chainId, id)];
  });
  return [chain, ...segments];
}

export function panoramaElements(
  panorama: ChainPanoramaResponse,
  options: PanoramaElementOptions,
): ElementDefinition[] {
  const positions = panoramaPositions(panorama);
  const branches = allBranches(panorama);
  const scale = {
    maxFamilies: measureMax(branches, 'families'),
    maxValue: measureMax(branches, options.measure),
  };
  const branchElements = panorama.segments.flatMap((segment) =>
    segment.branches.flatMap((branch) => {
      const id = branchNodeId(branch.id);
      const parent = branch.parentId ? branchNodeId(branch.parentId) : segmentNodeId(segment.id);
      const at = positions.get(id);
      const wrapped =
        at !== undefined && at.x - (positions.get(parent)?.x ?? at.x) > PANORAMA_GRID.columnWidth / 2;
      return [branchElement(branch, options, scale, at), edge(parent, id, wrapped)];
    }),
  );
  return [...structureElements(panorama, positions, options), ...branchElements];
}
