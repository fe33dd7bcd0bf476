/**
 * Risk level → badge text and colour class. Pure. 待核查 (needs review) is its own level, never
 * folded into Low: missing claim text or legal status is unknown risk, not small risk.
 */
import type { FtoResultItem } from '@graph-schema/dto/fto';
import type { MessageKey } from '@web/src/i18n';

export type RiskLevel = FtoResultItem['riskLevel'];

export interface RiskBadge {
  labelKey: MessageKey;
  /** CSS class (styles.css): colour plus a border so the level also reads in greyscale. */
  className: string;
  /** Sort order, most urgent first. */
  order: number;
}

export const RISK_BADGES: Record<RiskLevel, RiskBadge> = {
  High: { labelKey: 'risk.level.high', className: 'risk-badge risk-high', order: 0 },
  Medium: { labelKey: 'risk.level.medium', className: 'risk-badge risk-medium', order: 1 },
  待核查: { labelKey: 'risk.level.review', className: 'risk-badge risk-review', order: 2 },
  Low: { labelKey: 'risk.level.low', className: 'risk-badge risk-low', order: 3 },
};

export function riskBadge(level: RiskLevel): RiskBadge {
  return RISK_BADGES[level];
}

/** How many results have each level, in badge order (for the summary line above the table). */
export function riskCounts(items: readonly Pick<FtoResultItem, 'riskLevel'>[]): [RiskLevel, number][] {
  const levels = (Object.keys(RISK_BADGES) as RiskLevel[]).sort(
    (a, b) => RISK_BADGES[a].order - RISK_BADGES[b].order,
  );
  return levels
    .map((level): [RiskLevel, number] => [level, items.filter((item) => item.riskLevel === level).length])
    .filter(([, count]) => count > 0);
}
