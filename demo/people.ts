/**
 * Fictional people: inventors and individual applicants, with the Chinese form a CN document
 * prints and the romanised form (family name first, upper case) Lens prints.
 */
import type { Rng } from './prng';
import {
  CN_GIVEN,
  CN_SURNAMES,
  JP_GIVEN,
  JP_SURNAMES,
  KR_GIVEN,
  KR_SURNAMES,
  WESTERN_GIVEN,
  WESTERN_SURNAMES,
} from './vocabulary';

export type PersonOrigin = 'CN' | 'JP' | 'KR' | 'WEST';

export interface Person {
  /** As a CN document prints it; Western names stay romanised. */
  zh: string;
  /** As Lens prints it: `WANG JIANGUO`, `TANAKA HIROSHI`, `HARTLEY DANIEL`. */
  en: string;
}

function chinesePerson(rng: Rng): Person {
  const [surnameZh, surnameEn] = rng.pick(CN_SURNAMES);
  const givenParts = rng.chance(0.7) ? [rng.pick(CN_GIVEN), rng.pick(CN_GIVEN)] : [rng.pick(CN_GIVEN)];
  const givenZh = givenParts.map((part) => part[0]).join('');
  const givenEn = givenParts.map((part) => part[1]).join('');
  return { zh: `${surnameZh}${givenZh}`, en: `${surnameEn} ${givenEn}` };
}

export function makePerson(origin: PersonOrigin, rng: Rng): Person {
  switch (origin) {
    case 'CN':
      return chinesePerson(rng);
    case 'JP': {
      const [surname, given] = [rng.pick(JP_SURNAMES), rng.pick(JP_GIVEN)];
      return { zh: `${surname[0]}${given[0]}`, en: `${surname[1]} ${given[1]}` };
    }
    case 'KR': {
      const [surname, given] = [rng.pick(KR_SURNAMES), rng.pick(KR_GIVEN)];
      return { zh: `${surname[0]}${given[0]}`, en: `${surname[1]} ${given[1]}` };
    }
    case 'WEST': {
      const name = `${rng.pick(WESTERN_SURNAMES)} ${rng.pick(WESTERN_GIVEN)}`;
      return { zh: name, en: name };
    }
  }
}

/** A stable inventor team: the same few names recur on an applicant's filings in one branch. */
export function makeTeam(origin: PersonOrigin, size: number, rng: Rng): Person[] {
  const team: Person[] = [];
  const seen = new Set<string>();
  while (team.length < size) {
    const person = makePerson(origin, rng);
    if (!seen.has(person.zh)) {
      seen.add(person.zh);
      team.push(person);
    }
  }
  return team;
}

/** The inventors of one filing: usually the team lead plus a few members. */
export function pickInventors(team: readonly Person[], rng: Rng): Person[] {
  const count = Math.min(team.length, 1 + rng.skewedCount(2.2, 6));
  const [lead, ...members] = team;
  if (!lead) return [];
  const chosen = rng.chance(0.8) ? [lead, ...rng.sample(members, count - 1)] : rng.sample(team, count);
  return chosen;
}
