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
import type { FenceExplanation } from '@graph-schema/dto/explanation';
import { explainFence } from './explain-fence';

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

export function layoutMode(shape: FenceShape): {
  label: LayoutLabel;
  en: string;
  basis: FenceExplanation;
} {
  const patents = shape.owners.reduce((sum, owner) => sum + owner.patents, 0);
  const { hhi, ownShare, owners } = concentration(shape);
  // Ratios to 3 decimals: more precision than the counts support would only be noise.
  const facts = { patents, owners, hhi: round3(hhi), ownShare: round3(ownShare) };
  if (patents < 3) return { label: '路障式', en: 'roadblock', basis: explainFence('fence.roadblock', facts) };
  if (ownShare >= 0.5 && shape.ownTextual * 2 > shape.ownPatents)
    return { label: '城墙式', en: 'wall', basis: explainFence('fence.wall', facts) };
  if (owners >= 4 && hhi < 0.25)
    return { label: '丛林式', en: 'jungle', basis: explainFence('fence.jungle', facts) };
  return ownShare >= 0.5
    ? { label: '围栏式', en: 'own fence', basis: explainFence('fence.ownFence', facts) }
    : { label: '围栏式', en: 'hostile fence', basis: explainFence('fence.hostileFence', facts) };
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
