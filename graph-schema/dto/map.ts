/** Map data: what every navigation map endpoint returns, ready to become Cytoscape elements. */
import { z } from 'zod';
import { MapExplanation } from './explanation';

export const MapNodeKind = z.enum([
  'applicant',
  'cpc',
  'ipc',
  'branch',
  'segment',
  'chain',
  'patent',
  'inventor',
]);
export type MapNodeKind = z.infer<typeof MapNodeKind>;

export const MapNode = z.object({
  id: z.string(),
  kind: MapNodeKind,
  label: z.string(),
  /** What the node's size encodes (e.g. families); explained by `MapData.measure`. */
  weight: z.number(),
  /** Server-computed position for large maps (preset layout); absent for small maps. */
  position: z.object({ x: z.number(), y: z.number() }).optional(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
});
export type MapNode = z.infer<typeof MapNode>;

export const MapEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  weight: z.number(),
});
export type MapEdge = z.infer<typeof MapEdge>;

export const MapData = z.object({
  nodes: z.array(MapNode),
  edges: z.array(MapEdge),
  /** What sizes and weights count, incl. the date basis. */
  measure: MapExplanation,
  truncated: z.boolean(),
  /** Explains what was cut or aggregated when `truncated`. */
  note: MapExplanation.optional(),
});
export type MapData = z.infer<typeof MapData>;
