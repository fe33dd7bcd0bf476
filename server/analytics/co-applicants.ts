/**
 * Co-applicant aggregation: patents filed by two or more applicants → applicant pairs weighted by
 * the families they filed together, per-applicant totals, and sector pairs (产学研). Pure, so the
 * counting rules are tested without a database. Pairs come from one patent's applicant list, never
 * from different members of a family (a CN member by A and a US member by B is not a collaboration).
 */
import type { PartySector, SectorPairRow } from '@graph-schema/dto/collaboration';
import { partySector } from './party-sector';

export interface CoFiledPatent {
  familyId: string;
  parties: Array<{ key: string; name: string; kind: string | null }>;
}

export interface CollaboratingApplicant {
  key: string;
  name: string;
  sector: PartySector;
  /** Distinct families this applicant co-filed with anyone. */
  coFiledFamilies: number;
  /** Distinct co-applicants. */
  partners: number;
}

export interface ApplicantPair {
  /** `a < b` by key. */
  a: string;
  b: string;
  families: number;
}

export interface CoApplicantAggregate {
  applicants: CollaboratingApplicant[];
  pairs: ApplicantPair[];
  coFiledFamilies: number;
  sectorPairs: SectorPairRow[];
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

function addToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export function aggregateCoApplicants(patents: readonly CoFiledPatent[]): CoApplicantAggregate {
  const parties = new Map<string, { name: string; sector: PartySector }>();
  const familiesByPair = new Map<string, Set<string>>();
  const familiesByApplicant = new Map<string, Set<string>>();
  const partnersByApplicant = new Map<string, Set<string>>();
  const familiesBySectorPair = new Map<string, Set<string>>();
  const coFiled = new Set<string>();
  for (const patent of patents) {
    const distinct = [...new Map(patent.parties.map((party) => [party.key, party])).values()];
    if (distinct.length < 2) continue;
    coFiled.add(patent.familyId);
    for (const party of distinct) {
      if (!parties.has(party.key))
        parties.set(party.key, {
          name: party.name,
          sector: partySector({ name: party.name, kind: party.kind }),
        });
      addToSet(familiesByApplicant, party.key, patent.familyId);
    }
    distinct.sort((x, y) => (x.key < y.key ? -1 : 1));
    for (let i = 0; i < distinct.length; i++) {
      for (let j = i + 1; j < distinct.length; j++) {
        const a = distinct[i]!.key;
        const b = distinct[j]!.key;
        addToSet(familiesByPair, pairKey(a, b), patent.familyId);
        addToSet(partnersByApplicant, a, b);
        addToSet(partnersByApplicant, b, a);
        const sectors = [parties.get(a)!.sector, parties.get(b)!.sector].sort().join('|');
        addToSet(familiesBySectorPair, sectors, patent.familyId);
      }
    }
  }
  const applicants = [...parties.entries()].map(([key, party]) => ({
    key,
    name: party.name,
    sector: party.sector,
    coFiledFamilies: familiesByApplicant.get(key)?.size ?? 0,
    partners: partnersByApplicant.get(key)?.size ?? 0,
  }));
  const pairs = [...familiesByPair.entries()].map(([joined, families]) => {
    const [a, b] = joined.split('\u0000') as [string, string];
    return { a, b, families: families.size };
  });
  const sectorPairs = [...familiesBySectorPair.entries()]
    .map(([joined, families]) => ({
      sectors: joined.split('|') as [PartySector, PartySector],
      families: families.size,
    }))
    .sort((x, y) => y.families - x.families || byCodeUnits(x.sectors.join(), y.sectors.join()));
  return { applicants, pairs, coFiledFamilies: coFiled.size, sectorPairs };
}

/** Not localeCompare: its order of Han names depends on the server's ICU locale. */
const byCodeUnits = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Most co-filed families first; ties by more partners, then name (a stable order for the map). */
export function rankCollaborators(applicants: readonly CollaboratingApplicant[]): CollaboratingApplicant[] {
  return [...applicants].sort(
    (x, y) =>
      y.coFiledFamilies - x.coFiledFamilies ||
      y.partners - x.partners ||
      byCodeUnits(x.name, y.name) ||
      byCodeUnits(x.key, y.key),
  );
}
