/**
 * Colour and shape per node kind. Colours are from the Okabe–Ito palette (distinguishable with
 * the common colour-vision deficiencies); shapes repeat the distinction for greyscale prints.
 */
import type { MapNodeKind } from '@graph-schema/dto/map';

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'diamond'
  | 'hexagon'
  | 'round-triangle'
  | 'star'
  | 'rectangle';

export interface KindStyle {
  color: string;
  shape: NodeShape;
}

export const KIND_STYLES: Record<MapNodeKind, KindStyle> = {
  applicant: { color: '#0072B2', shape: 'ellipse' },
  cpc: { color: '#E69F00', shape: 'round-rectangle' },
  ipc: { color: '#D55E00', shape: 'round-rectangle' },
  branch: { color: '#009E73', shape: 'hexagon' },
  segment: { color: '#CC79A7', shape: 'diamond' },
  chain: { color: '#56B4E9', shape: 'star' },
  patent: { color: '#7F7F7F', shape: 'rectangle' },
  inventor: { color: '#8C6D1F', shape: 'round-triangle' },
};
