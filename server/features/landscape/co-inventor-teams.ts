/**
 * Co-inventor teams: connected components of the graph whose nodes are inventors and whose edges
 * join two inventors sharing at least `minShared` families (a single shared family is often a
 * one-off collaboration, so the default threshold in the API is 2). Pure: union–find over pairs.
 */
import { type CoInventedFamily, countCoInventedPairs } from './co-inventor-pairs';

export interface Team {
  members: string[];
  sharedFamilies: number;
  mainApplicant: { key: string; name: string; families: number } | null;
}

export function coInventorTeams(families: readonly CoInventedFamily[], minShared: number): Team[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const { a, b, families: count } of countCoInventedPairs(families)) {
    if (count < minShared) continue;
    parent.set(a, parent.get(a) ?? a);
    parent.set(b, parent.get(b) ?? b);
    // The smaller key becomes the root, so components do not depend on the order of pairs.
    const [low, high] = [find(a), find(b)].sort() as [string, string];
    if (low !== high) parent.set(high, low);
  }
  const components = new Map<string, string[]>();
  for (const inventor of parent.keys()) {
    const root = find(inventor);
    components.set(root, [...(components.get(root) ?? []), inventor]);
  }
  return [...components.values()]
    .map((members) => teamOf(members.sort(), families))
    .sort((a, b) => b.members.length - a.members.length || b.sharedFamilies - a.sharedFamilies);
}

function teamOf(members: string[], families: readonly CoInventedFamily[]): Team {
  const inTeam = new Set(members);
  const shared = families.filter((f) => f.members.filter((m) => inTeam.has(m)).length >= 2);
  const applicantFamilies = new Map<string, { key: string; name: string; families: number }>();
  for (const f of shared) {
    for (const a of f.applicants) {
      const entry = applicantFamilies.get(a.key) ?? { ...a, families: 0 };
      entry.families += 1;
      applicantFamilies.set(a.key, entry);
    }
  }
  const mainApplicant =
    [...applicantFamilies.values()].sort(
      (a, b) => b.families - a.families || a.name.localeCompare(b.name),
    )[0] ?? null;
  return { members, sharedFamilies: shared.length, mainApplicant };
}
