/**
 * Pairwise co-invention counts: for every two inventors, the number of families both invented.
 * Pure. Shared by the co-inventor teams (components of the pairs above a threshold) and the pairwise
 * co-inventor network, so both read the same counts.
 */
import { z } from 'zod';
export const CoInventedFamily = z.object({
  family: z.string(),
  /** Inventors of the pool on this family (≥ 2), gathered over all its publications in scope. */
  members: z.array(z.string()),
  applicants: z.array(z.object({ key: z.string(), name: z.string() })),
});
export type CoInventedFamily = z.infer<typeof CoInventedFamily>;

export interface CoInventorPair {
  /** The smaller key of the two, so a pair has one spelling whatever the order on the family. */
  readonly a: string;
  readonly b: string;
  readonly families: number;
}

/** Pairs ordered by shared families (most first), then by keys, so answers are stable. */
export function countCoInventedPairs(families: readonly CoInventedFamily[]): CoInventorPair[] {
  const counts = new Map<string, CoInventorPair>();
  for (const f of families) {
    // A family listing an inventor twice (two publications) still counts once for each pair.
    const members = [...new Set(f.members)].sort();
    for (let i = 0; i < members.length; i++) {
      for (let k = i + 1; k < members.length; k++) {
        const [a, b] = [members[i]!, members[k]!];
        const id = JSON.stringify([a, b]);
        counts.set(id, { a, b, families: (counts.get(id)?.families ?? 0) + 1 });
      }
    }
  }
  return [...counts.values()].sort(
    (x, y) => y.families - x.families || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
}
