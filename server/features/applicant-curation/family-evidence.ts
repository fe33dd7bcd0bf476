/**
 * Family evidence for merge suggestions: two entities that file the same families on different
 * publications, and never together on one publication, are most likely one party written two ways
 * — typically the Chinese name on the CN member and a romanised or translated name abroad
 * (瀚曜理工大学 on CN…, HANYAO UNIV TECH on US…). Co-applicants are ruled out because they share a
 * publication. Each entity keeps only its best partner of this kind (mutual best), so a partner
 * university whose filings ride along with a company's families is not suggested as that company.
 */
import { hasHan } from '@graph-schema/vocabulary/text-forms';
import type { PairReason } from './name-evidence';

/** One family's publications, each with the entity keys that filed it. */
export interface FamilyFilings {
  family: string;
  publications: ReadonlyArray<{ id: string; keys: readonly string[] }>;
}

/** Shared families needed, and the share of the smaller entity's families they must make up. */
export const MIN_SHARED_FAMILIES = 2;
export const MIN_SHARED_SHARE = 0.5;

/**
 * Shared families quoted as evidence, each as the two publications the names were filed on
 * ("CN… / US…"): the numbers an analyst can look up, where a family id is internal.
 */
const EXAMPLES = 5;

const pairId = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);

interface PairTally {
  /** One example per shared family: the first publication pair found for it. */
  examples: string[];
}

function tally(filings: readonly FamilyFilings[]) {
  const together = new Set<string>();
  const apart = new Map<string, PairTally>();
  for (const { publications } of filings) {
    const seenInFamily = new Set<string>();
    for (const { keys } of publications) {
      for (let i = 0; i < keys.length; i++)
        for (let j = i + 1; j < keys.length; j++) together.add(pairId(keys[i]!, keys[j]!));
    }
    for (let p = 0; p < publications.length; p++) {
      for (let q = p + 1; q < publications.length; q++) {
        const [first, second] = [publications[p]!, publications[q]!];
        for (const x of first.keys) {
          for (const y of second.keys) {
            const id = pairId(x, y);
            if (x === y || seenInFamily.has(id)) continue;
            seenInFamily.add(id);
            const entry = apart.get(id) ?? { examples: [] };
            // The publication of the pair's first key first, so every example reads the same way round.
            entry.examples.push(x < y ? `${first.id} / ${second.id}` : `${second.id} / ${first.id}`);
            apart.set(id, entry);
          }
        }
      }
    }
  }
  return { together, apart };
}

/**
 * Pairs that share at least MIN_SHARED_FAMILIES families, making up MIN_SHARED_SHARE of the
 * smaller one's families, apart on every publication; then mutual best partners only.
 */
export function familyReasons(
  filings: readonly FamilyFilings[],
  familiesOf: ReadonlyMap<string, number>,
  nameOf: ReadonlyMap<string, string>,
): PairReason[] {
  const { together, apart } = tally(filings);
  const candidates: Array<{ a: string; b: string; examples: string[] }> = [];
  for (const [id, entry] of apart) {
    if (together.has(id)) continue;
    const [a, b] = id.split('\u0000') as [string, string];
    const smaller = Math.min(familiesOf.get(a) ?? 0, familiesOf.get(b) ?? 0);
    const shared = entry.examples.length;
    if (shared < MIN_SHARED_FAMILIES || shared < MIN_SHARED_SHARE * smaller) continue;
    candidates.push({ a, b, examples: entry.examples.sort() });
  }
  const best = new Map<string, number>();
  for (const c of candidates) {
    for (const key of [c.a, c.b]) best.set(key, Math.max(best.get(key) ?? 0, c.examples.length));
  }
  return candidates
    .filter((c) => best.get(c.a) === c.examples.length && best.get(c.b) === c.examples.length)
    .map((c) => {
      const crossScript = hasHan(nameOf.get(c.a) ?? '') !== hasHan(nameOf.get(c.b) ?? '');
      return {
        a: c.a,
        b: c.b,
        reason: {
          kind: crossScript ? ('translated' as const) : ('sharedFamilies' as const),
          detail: c.examples.slice(0, EXAMPLES),
          families: c.examples.length,
        },
      };
    });
}
