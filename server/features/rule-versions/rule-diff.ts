/**
 * The live preview's arithmetic: which families an edited rule adds to a leaf and which it removes,
 * compared with the current tagging, with a deterministic sample of each (lowest family ids first,
 * so the same data and edit always show the same families).
 */

export interface FamilyHit {
  family: string;
  patentId: string;
  title: { zh: string | null; en: string | null };
  /** What matched (symbol + keyword); null when the family is not tagged by the rules compared. */
  evidence: string | null;
}

export interface TaggingDiff {
  current: number;
  proposed: number;
  added: { families: number; sample: FamilyHit[] };
  removed: { families: number; sample: FamilyHit[] };
}

/**
 * `current` are the families the leaf holds now; `proposed` maps each family the edited rules tag
 * to its hit; `describe` gives the hit shown for a removed family (its title, no evidence).
 */
export function diffTagging(
  current: ReadonlySet<string>,
  proposed: ReadonlyMap<string, FamilyHit>,
  describe: (family: string) => FamilyHit,
  sampleSize: number,
): TaggingDiff {
  const added = [...proposed.keys()].filter((family) => !current.has(family)).sort();
  const removed = [...current].filter((family) => !proposed.has(family)).sort();
  return {
    current: current.size,
    proposed: proposed.size,
    added: {
      families: added.length,
      sample: added.slice(0, sampleSize).map((family) => proposed.get(family) as FamilyHit),
    },
    removed: {
      families: removed.length,
      sample: removed.slice(0, sampleSize).map((family) => ({ ...describe(family), evidence: null })),
    },
  };
}
