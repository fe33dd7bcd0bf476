/**
 * The deterministic synthetic demo corpus (SYNTHETIC DEMO DATA / 合成演示数据): a new-energy-vehicle,
 * lithium-battery and PV patent landscape with fictional applicants, bilingual text, families across
 * CN/US/EP/WO/JP/KR, time-ordered heavy-tailed citations and dated legal histories.
 * Pure: the same options give the same corpus; nothing reads the clock or Math.random.
 */
import { type CorpusPlan, planCorpus } from './plan';
import { renderFamily } from './render';
import { type CorpusOptions, DEFAULT_CORPUS_OPTIONS, type DemoPatent } from './types';

/** Bump when the output for a given seed changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 5;

export function resolveCorpusOptions(options: Partial<CorpusOptions> = {}): CorpusOptions {
  return { ...DEFAULT_CORPUS_OPTIONS, ...options };
}

/**
 * Publications family by family, rendered on demand: only the compact plan stays in memory, so
 * writers can stream 100 000 families.
 */
export function* iterateCorpus(plan: CorpusPlan): Generator<DemoPatent> {
  for (const family of plan.families) yield* renderFamily(plan, family);
}

export function generateCorpus(options: Partial<CorpusOptions> = {}): DemoPatent[] {
  return [...iterateCorpus(planCorpus(resolveCorpusOptions(options)))];
}

export type { CorpusPlan };
export { planCorpus };
