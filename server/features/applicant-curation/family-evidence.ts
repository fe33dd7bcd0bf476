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

/** One family's publications, each as the entity keys that filed it. */
export interface FamilyFilings {
  family: string;
  publications: ReadonlyArray<readonly string[]>;
}

/** Shared families needed, and the share of the smaller entity's families they must make up. */
export const MIN_SHARED_FAMILIES = 2;
export const MIN_SHARED_SHARE = 0.5;

/** Family ids quoted as evidence. */
const EXAMPLES = 5;

const pairId = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);

interface PairTally {
  families: string[];
}

function tally(filings: readonly FamilyFilings[]) {
  const together = new Set<string>();
  const apart = new Map<string, PairTally>();
  for (const { family, publications } of filings) {
    const seenInFamily = new Set<string>();
    for (const keys of publications) {
      for (let i = 0; i < keys.length; i++)
        for (let j = i + 1; j < keys.length; j++) together.add(pairId(keys[i]!, keys[j]!));
    }
    for (let p = 0; p < publications.length; p++) {
      for (let q = p + 1; q < publications.length; q++) {
        for (const x of publications[p]!) {
          for (const y of publications[q]!) {
            const id = pairId(x, y);
            if (x === y || seenInFamily.has(id)) continue;
            seenInFamily.add(id);
            const entry = apart.get(id) ?? { families: [] };
            entry.families.push(family);
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
  const candidates: Array<{ a: string; b: string; families: string[] }> = [];
  for (const [id, entry] of apart) {
    if (together.has(id)) continue;
    const [a, b] = id.split('\u0000') as [string, string];
    const smaller = Math.min(familiesOf.get(a) ?? 0, familiesOf.get(b) ?? 0);
    const shared = entry.families.length;
    if (shared < MIN_SHARED_FAMILIES || shared < MIN_SHARED_SHARE * smaller) continue;
    candidates.push({ a, b, families: entry.families.sort() });
  }
  const best = new Map<string, number>();
  for (const c of candidates) {
    for (const key of [c.a, c.b]) best.set(key, Math.max(best.get(key) ?? 0, c.families.length));
  }
  return candidates
    .filter((c) => best.get(c.a) === c.families.length && best.get(c.b) === c.families.length)
    .map((c) => {
      const crossScript = hasHan(nameOf.get(c.a) ?? '') !== hasHan(nameOf.get(c.b) ?? '');
      return {
        a: c.a,
        b: c.b,
        reason: {
          kind: crossScript ? ('translated' as const) : ('sharedFamilies' as const),
          detail: c.families.slice(0, EXAMPLES),
          families: c.families.length,
        },
      };
    });
}
