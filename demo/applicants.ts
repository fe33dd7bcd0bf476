/**
 * The applicant world: eight dominant companies (about 40 % of families) and a long tail of about
 * 300 small companies, universities and individuals, each with its topics and inventor teams.
 * Built once per seed; families then draw from it.
 */
import { makePerson, makeTeam, type Person, type PersonOrigin } from './people';
import { Rng } from './prng';
import {
  DOMINANT_APPLICANTS,
  FIRM_LINES,
  FIRM_SUFFIXES,
  FIRM_SYLLABLES,
  FOREIGN_FIRM_FORMS,
  FOREIGN_FIRM_LINES,
  FOREIGN_FIRM_WORDS,
  topicIndex,
  UNIVERSITY_SUFFIXES,
} from './vocabulary';

export type ApplicantKind = 'company' | 'university' | 'individual';
export type HomeOffice = 'CN' | 'US' | 'EP' | 'JP' | 'KR';

export interface ApplicantEntity {
  id: string;
  kind: ApplicantKind;
  home: HomeOffice;
  /** Chinese spellings; empty for foreign firms that never use one. */
  zh: readonly string[];
  renamedIn?: number;
  en: readonly string[];
  topics: readonly { topic: number; weight: number }[];
  /** Probability that a family of this applicant is extended abroad (or, for foreign firms, into CN). */
  abroad: number;
  /** Relative share of families led by this applicant. */
  weight: number;
  /** Inventor teams keyed by topic index; `-1` holds the team used for any topic. */
  teams: ReadonlyMap<number, readonly Person[]>;
}

export interface ApplicantRegistry {
  entities: readonly ApplicantEntity[];
  universities: readonly number[];
  companies: readonly number[];
}

const TAIL_SIZE = { company: 200, university: 45, individual: 30, foreign: 25 } as const;
const DOMINANT_TOTAL_SHARE = 0.4;

/** Upper-case DOCDB-style abbreviation, as Lens shows applicants: `JIAHE NEW ENERGY TECH CO LTD`. */
export function docdbStyle(name: string): string {
  return name
    .toUpperCase()
    .replace(/\bTECHNOLOGY\b/g, 'TECH')
    .replace(/\bUNIVERSITY OF\b/g, 'UNIV')
    .replace(/\bUNIVERSITY\b/g, 'UNIV')
    .replace(/[.,()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function personOrigin(home: HomeOffice): PersonOrigin {
  return home === 'CN' || home === 'JP' || home === 'KR' ? home : 'WEST';
}

function teamsFor(home: HomeOffice, topics: readonly number[], perTopic: boolean, rng: Rng) {
  const teams = new Map<number, readonly Person[]>();
  const keys = perTopic ? topics : [-1];
  for (const key of keys) teams.set(key, makeTeam(personOrigin(home), rng.int(3, 7), rng));
  return teams;
}

function dominantEntities(rng: Rng): ApplicantEntity[] {
  return DOMINANT_APPLICANTS.map((dominant) => {
    const topics = dominant.topics.map(([id, weight]) => ({ topic: topicIndex(id), weight }));
    return {
      id: dominant.id,
      kind: 'company',
      home: dominant.country,
      zh: dominant.zh,
      ...(dominant.renamedIn ? { renamedIn: dominant.renamedIn } : {}),
      en: dominant.en,
      topics,
      abroad: dominant.abroad,
      weight: dominant.share,
      teams: teamsFor(
        dominant.country,
        topics.map((entry) => entry.topic),
        true,
        rng,
      ),
    };
  });
}

/** Invented two-syllable prefixes (嘉禾 / Jiahe), distinct within the tail. */
function firmPrefixes(count: number, rng: Rng): [string, string][] {
  const prefixes = new Map<string, string>();
  while (prefixes.size < count) {
    const [first, second] = rng.sample(FIRM_SYLLABLES, 2) as [
      readonly [string, string],
      readonly [string, string],
    ];
    const en = `${first[1]}${second[1].toLowerCase()}`;
    prefixes.set(`${first[0]}${second[0]}`, `${en[0]}${en.slice(1).toLowerCase()}`);
  }
  return [...prefixes.entries()];
}

function tailCompany(
  id: string,
  prefix: [string, string],
  rng: Rng,
): Omit<ApplicantEntity, 'weight' | 'teams'> {
  const line = rng.pick(FIRM_LINES);
  const [suffixZh, suffixEn] = rng.pick(FIRM_SUFFIXES);
  const en = `${prefix[1]} ${line.name[1]} ${suffixEn}`;
  const topics = rng
    .sample(line.topics, rng.int(1, 2))
    .map((topic) => ({ topic: topicIndex(topic), weight: 1 }));
  return {
    id,
    kind: 'company',
    home: 'CN',
    zh: [`${prefix[0]}${line.name[0]}${suffixZh}`],
    en: [en, docdbStyle(en)],
    topics,
    abroad: 0.03,
  };
}

function tailUniversity(
  id: string,
  prefix: [string, string],
  rng: Rng,
): Omit<ApplicantEntity, 'weight' | 'teams'> {
  const [suffixZh, suffixEn] = rng.pick(UNIVERSITY_SUFFIXES);
  const en = suffixEn === 'University' ? `${prefix[1]} University` : `${prefix[1]} ${suffixEn}`;
  const topicIds = [
    'cathode',
    'anode',
    'solid-electrolyte',
    'electrolyte',
    'bms',
    'motor',
    'recycling',
    'pv-module',
  ];
  const topics = rng
    .sample(topicIds, rng.int(2, 3))
    .map((topic) => ({ topic: topicIndex(topic), weight: 1 }));
  return {
    id,
    kind: 'university',
    home: 'CN',
    zh: [`${prefix[0]}${suffixZh}`],
    en: [en, docdbStyle(en)],
    topics,
    abroad: 0.02,
  };
}

function tailIndividual(id: string, rng: Rng): Omit<ApplicantEntity, 'weight' | 'teams'> {
  const person = makePerson('CN', rng);
  const topicIds = ['charging-pile', 'pack', 'thermal', 'pv-module', 'motor'];
  const topics = rng.sample(topicIds, 1).map((topic) => ({ topic: topicIndex(topic), weight: 1 }));
  return { id, kind: 'individual', home: 'CN', zh: [person.zh], en: [person.en], topics, abroad: 0 };
}

/** Word and line follow the index so that no two foreign firms share a name. */
function tailForeign(index: number, rng: Rng): Omit<ApplicantEntity, 'weight' | 'teams'> {
  const id = `foreign-${index}`;
  const word = FOREIGN_FIRM_WORDS[index % FOREIGN_FIRM_WORDS.length]!;
  const line = FOREIGN_FIRM_LINES[Math.floor(index / FOREIGN_FIRM_WORDS.length) % FOREIGN_FIRM_LINES.length]!;
  const form = rng.pick(FOREIGN_FIRM_FORMS);
  const en = `${word} ${line.name} ${form.suffix}`;
  const topics = rng.sample(line.topics, 2).map((topic) => ({ topic: topicIndex(topic), weight: 1 }));
  return { id, kind: 'company', home: form.office, zh: [], en: [en, docdbStyle(en)], topics, abroad: 0.35 };
}

function tailEntities(rng: Rng): ApplicantEntity[] {
  const prefixes = firmPrefixes(TAIL_SIZE.company + TAIL_SIZE.university, rng);
  const drafts: Omit<ApplicantEntity, 'weight' | 'teams'>[] = [];
  prefixes.forEach((prefix, index) => {
    const id = `tail-${String(index).padStart(4, '0')}`;
    drafts.push(index < TAIL_SIZE.company ? tailCompany(id, prefix, rng) : tailUniversity(id, prefix, rng));
  });
  for (let index = 0; index < TAIL_SIZE.individual; index += 1)
    drafts.push(tailIndividual(`person-${index}`, rng));
  for (let index = 0; index < TAIL_SIZE.foreign; index += 1) drafts.push(tailForeign(index, rng));
  // Ranks are shuffled so that universities and individuals are spread over the tail, not bunched.
  const ranked = rng.sample(drafts, drafts.length);
  const rankWeights = ranked.map((_, rank) => 1 / (rank + 9));
  const total = rankWeights.reduce((sum, weight) => sum + weight, 0);
  return ranked.map((draft, rank) => ({
    ...draft,
    weight: ((1 - DOMINANT_TOTAL_SHARE) * rankWeights[rank]!) / total,
    teams: teamsFor(
      draft.home,
      draft.topics.map((entry) => entry.topic),
      false,
      rng,
    ),
  }));
}

export function buildApplicantRegistry(seed: number): ApplicantRegistry {
  const rng = Rng.derive(seed, 'applicants');
  const entities = [...dominantEntities(rng), ...tailEntities(rng)];
  const indicesOf = (kind: ApplicantKind) =>
    entities.flatMap((entity, index) => (entity.kind === kind && entity.home === 'CN' ? [index] : []));
  return { entities, universities: indicesOf('university'), companies: indicesOf('company') };
}

/** The Chinese name a CN document of `year` prints (renamed companies switch in `renamedIn`). */
export function chineseName(entity: ApplicantEntity, year: number, rng: Rng): string {
  if (entity.zh.length === 0) return entity.en[0]!;
  if (entity.renamedIn !== undefined && year >= entity.renamedIn && entity.zh.length > 1) {
    return rng.pick(entity.zh.slice(1));
  }
  return entity.zh[0]!;
}

/** An English spelling; Lens mostly shows the DOCDB abbreviation, sometimes the full name. */
export function englishName(entity: ApplicantEntity, rng: Rng): string {
  return rng.chance(0.3) ? entity.en[0]! : rng.pick(entity.en.length > 1 ? entity.en.slice(1) : entity.en);
}

export function teamFor(entity: ApplicantEntity, topic: number): readonly Person[] {
  return entity.teams.get(topic) ?? entity.teams.get(-1) ?? [...entity.teams.values()][0]!;
}
