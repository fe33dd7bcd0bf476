/**
 * A fence answer (peripheral patents around a core patent) → owner colours, marks for the patents
 * already on the map, and an expiry bar list. Pure. The core's owner (own fence) is always green;
 * other owners (hostile fence) get the next colours of the Okabe–Ito palette, by patent count.
 */
import type { FenceMember, FenceResponse } from '@graph-schema/dto/fence';

export const OWN_FENCE_COLOR = '#009E73';
const HOSTILE_COLORS = ['#E69F00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'] as const;
export const OTHER_HOSTILE_COLOR = '#6B4C9A';

export type FenceSide = 'own' | 'hostile';

export interface OwnerLegendEntry {
  key: string;
  name: string;
  patents: number;
  side: FenceSide;
  color: string;
}

export interface FenceMark {
  side: FenceSide;
  color: string;
  owner: string | null;
}

/** Own owners first, then hostile owners by count; hostile owners past the palette share one colour. */
export function ownerLegend(fence: FenceResponse): OwnerLegendEntry[] {
  const own = fence.own.owners.map((owner) => ({ ...owner, side: 'own' as const, color: OWN_FENCE_COLOR }));
  const hostile = [...fence.hostile.owners]
    .sort((a, b) => b.patents - a.patents)
    .map((owner, k) => ({
      ...owner,
      side: 'hostile' as const,
      color: HOSTILE_COLORS[k] ?? OTHER_HOSTILE_COLOR,
    }));
  return [...own, ...hostile];
}

function markOf(member: FenceMember, side: FenceSide, colorByOwner: ReadonlyMap<string, string>): FenceMark {
  const color =
    side === 'own' ? OWN_FENCE_COLOR : (colorByOwner.get(member.owner?.key ?? '') ?? OTHER_HOSTILE_COLOR);
  return { side, color, owner: member.owner?.name ?? null };
}

export interface MapNodeRef {
  id: string;
  familyId: string | null;
}

/**
 * Marks for map nodes that are fence members. A member is matched by family (a map node stands for
 * its whole family) and else by publication number. Returns the marks and the members not on the map.
 */
export function fenceMarks(
  fence: FenceResponse,
  mapNodes: readonly MapNodeRef[],
): { marks: Map<string, FenceMark>; offMap: FenceMember[] } {
  const colorByOwner = new Map(ownerLegend(fence).map((entry) => [entry.key, entry.color]));
  const byFamily = new Map(
    mapNodes.flatMap((node) => (node.familyId ? [[node.familyId, node.id] as const] : [])),
  );
  const byId = new Set(mapNodes.map((node) => node.id));
  const marks = new Map<string, FenceMark>();
  const offMap: FenceMember[] = [];
  const sides: [FenceSide, FenceMember[]][] = [
    ['own', fence.own.members],
    ['hostile', fence.hostile.members],
  ];
  for (const [side, members] of sides) {
    for (const member of members) {
      const nodeId =
        (member.familyId && byFamily.get(member.familyId)) ||
        (byId.has(member.patentId) ? member.patentId : undefined);
      if (nodeId === undefined || nodeId === fence.core.patentId) offMap.push(member);
      else marks.set(nodeId, markOf(member, side, colorByOwner));
    }
  }
  return { marks, offMap };
}

export interface ExpiryBar {
  /** The year, or undefined for patents with no known expiry. */
  year: number | undefined;
  patents: number;
  /** Bar length in per cent of the largest year. */
  pct: number;
}

export function expiryBars(profile: FenceResponse['expiryProfile']): ExpiryBar[] {
  const max = Math.max(0, ...profile.map((entry) => entry.patents));
  return [...profile]
    .sort((a, b) => (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY))
    .map((entry) => ({
      year: entry.year ?? undefined,
      patents: entry.patents,
      pct: max > 0 ? Math.round((entry.patents / max) * 1000) / 10 : 0,
    }));
}

/** Off-map members listed in the fence panel: enough to follow up, short enough for a side panel. */
export const OFF_MAP_LIST_LIMIT = 20;

export interface OffMapEntry {
  member: FenceMember;
  side: FenceSide;
}

/**
 * The fence members not on the map, own fence first (the order of `fenceMarks`), at most `limit`;
 * `more` counts the rest so the panel can say what it left out.
 */
export function offMapList(
  fence: FenceResponse,
  offMap: readonly FenceMember[],
  limit = OFF_MAP_LIST_LIMIT,
): { shown: OffMapEntry[]; more: number } {
  const own = new Set(fence.own.members.map((member) => member.patentId));
  const shown = offMap.slice(0, limit).map((member) => ({
    member,
    side: own.has(member.patentId) ? ('own' as const) : ('hostile' as const),
  }));
  return { shown, more: Math.max(0, offMap.length - limit) };
}
