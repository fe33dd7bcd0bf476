/**
 * A score's components as bars, so the score explains itself on screen. Pure.
 * Each bar's track is as long as the component's weight (its most possible contribution) and is
 * filled by the normalised value: filled length = contribution. The filled lengths add up to the score.
 */
import type { CorePatentItem } from '@graph-schema/dto/core-patents';
import type { MessageKey } from '@web/src/i18n';

export type ComponentName = CorePatentItem['components'][number]['name'];
type RawValue = CorePatentItem['components'][number]['raw'];

export interface ComponentBar {
  name: ComponentName;
  labelKey: MessageKey;
  raw: RawValue;
  /** Which data gave the raw value (graph links, an exporter's count, both); null when only one kind exists. */
  source: CorePatentItem['components'][number]['source'];
  /** 0–1. */
  normalised: number;
  /** 0–1, the renormalised weight. */
  weight: number;
  /** Points of the score (same scale as the score). */
  contribution: number;
  /** Track length in per cent of the widest track (the largest weight). */
  trackPct: number;
  /** Filled share of the track, per cent. */
  fillPct: number;
  /** Same value for every family of the scope: it carries no information here. */
  flat: boolean;
}

const clampPct = (value: number): number => Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;

export function componentBars(item: Pick<CorePatentItem, 'components'>): ComponentBar[] {
  const maxWeight = Math.max(0, ...item.components.map((component) => component.weight));
  return item.components
    .filter((component) => component.weight > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .map((component) => ({
      name: component.name,
      labelKey: `core.component.${component.name}` as const,
      raw: component.raw,
      source: component.source,
      normalised: component.normalised,
      weight: component.weight,
      contribution: component.contribution,
      trackPct: maxWeight > 0 ? clampPct((component.weight / maxWeight) * 100) : 0,
      fillPct: clampPct(component.normalised * 100),
      flat: component.flat,
    }));
}

/** The raw value as text: numbers to at most 3 decimals, booleans as yes/no keys, null as a dash. */
export function rawText(raw: RawValue, yes: string, no: string): string {
  if (raw === null) return '—';
  if (typeof raw === 'boolean') return raw ? yes : no;
  if (typeof raw === 'number') return String(Math.round(raw * 1000) / 1000);
  return raw;
}
