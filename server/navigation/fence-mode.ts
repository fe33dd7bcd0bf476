/**
 * Owner concentration and the layout-mode label of a fence (Chinese practice: 路障式 / 城墙式 /
 * 围栏式 / 丛林式). The labels are qualitative; our heuristic, in this order:
 * - 路障式 (roadblock): fewer than 3 peripheral patents: the core stands alone and blocks the route;
 * - 城墙式 (wall): the core's owner holds ≥ 50 % and most of its patents are textual neighbours in
 *   the same CPC main group (parallel alternatives lined up beside the core);
 * - 丛林式 (jungle): ≥ 4 owners and HHI < 0.25 — many parties patenting around one another;
 * - 围栏式 (fence): otherwise — improvements and applications surrounding the core, by its owner
 *   (own fence) or by a few others (hostile fence).
 */
export interface OwnerTally {
  key: string;
  name: string;
  patents: number;
}

export interface FenceShape {
  /** Peripheral patents per owner (all members, before any truncation). */
  readonly owners: readonly OwnerTally[];
  readonly ownPatents: number;
  /** Own patents whose evidence is text closeness in the main group (not only citing). */
  readonly ownTextual: number;
}

export type LayoutLabel = '路障式' | '城墙式' | '围栏式' | '丛林式';

export function concentration(shape: FenceShape) {
  const total = shape.owners.reduce((sum, owner) => sum + owner.patents, 0);
  const sorted = [...shape.owners].sort((a, b) => b.patents - a.patents || a.name.localeCompare(b.name));
  const hhi = total === 0 ? 0 : sorted.reduce((sum, owner) => sum + (owner.patents / total) ** 2, 0);
  return {
    owners: sorted.length,
    hhi,
    topOwner: sorted[0] ?? null,
    topShare: total === 0 ? 0 : (sorted[0]?.patents ?? 0) / total,
    ownShare: total === 0 ? 0 : shape.ownPatents / total,
  };
}

export function layoutMode(shape: FenceShape): { label: LayoutLabel; en: string; basis: string } {
  const total = shape.owners.reduce((sum, owner) => sum + owner.patents, 0);
  const { hhi, ownShare, owners } = concentration(shape);
  const facts = `${total} peripheral patents, ${owners} owners, HHI ${hhi.toFixed(2)}, own share ${(ownShare * 100).toFixed(0)} %`;
  if (total < 3) return { label: '路障式', en: 'roadblock', basis: `${facts}: fewer than 3 around the core` };
  if (ownShare >= 0.5 && shape.ownTextual * 2 > shape.ownPatents)
    return {
      label: '城墙式',
      en: 'wall',
      basis: `${facts}: the owner's own patents, mostly close variants in the same CPC main group`,
    };
  if (owners >= 4 && hhi < 0.25)
    return { label: '丛林式', en: 'jungle', basis: `${facts}: many owners, none dominant (HHI < 0.25)` };
  return {
    label: '围栏式',
    en: ownShare >= 0.5 ? 'own fence' : 'hostile fence',
    basis: `${facts}: improvements around the core, ${ownShare >= 0.5 ? 'mostly by its owner' : 'mostly by others'}`,
  };
}
