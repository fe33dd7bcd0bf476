import type { EffectId } from './effects';

/** A Chinese text and its English counterpart, kept together so both languages say the same. */
export type TextPair = readonly [zh: string, en: string];

/** A title and the claim subject it implies (title 一种电池包液冷板及电池包 → subject 液冷板). */
export interface TitleVariant {
  title: TextPair;
  subject: TextPair;
  /** First year this wording appears (solid-state, TOPCon, cell-to-pack … are recent). */
  since?: number;
}

/**
 * One technology branch of the new-energy-vehicle / lithium-battery / PV chain, with the IPC and
 * CPC codes a real document of that branch carries and the vocabulary its text uses.
 * Dependent-claim texts may hold `{a-b}` placeholders, replaced by one number in both languages.
 */
export interface Topic {
  id: string;
  name: TextPair;
  /** Relative share of filings once the branch is mature. */
  weight: number;
  /** Year around which the branch reaches half its weight (logistic growth). */
  onset: number;
  /** Share of CN filings that are utility models (structures yes, materials and methods no). */
  utilityModelShare: number;
  /** IPC codes; the first ones are the typical main classification. */
  ipc: readonly string[];
  /** CPC-only codes (indexing 2000-series, Y02) added beside the IPC-equivalent ones. */
  cpcExtra: readonly string[];
  field: TextPair;
  titles: readonly TitleVariant[];
  /** Body elements of claim 1, after 包括 / comprising. */
  elements: readonly TextPair[];
  /** The characterising part, after 其特征在于 / wherein. */
  features: readonly TextPair[];
  dependents: readonly TextPair[];
  effects: readonly EffectId[];
}
