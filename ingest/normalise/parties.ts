/**
 * Applicant / inventor names → `Party`. The key merges spellings of one party: width, case,
 * punctuation and legal-form suffixes are folded away (`SZ DJI Technology Co., Ltd.` and
 * `SZ DJI TECHNOLOGY CO LTD` share a key); an alias table then maps known variants to one name.
 */
import type { Party } from '../record';
import type { AliasTable } from './aliases';
import { collapseSpaces, hasHan, toHalfWidth } from './text';

/** Legal forms removed from the end of a key, longest first so `co ltd` goes before `ltd`. */
const LEGAL_SUFFIXES_EN = [
  'co ltd',
  'company limited',
  'co limited',
  'corporation',
  'incorporated',
  'limited',
  'company',
  'corp',
  'inc',
  'ltd',
  'llc',
  'llp',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'spa',
  'srl',
  'bv',
  'nv',
  'ab',
  'oy',
  'as',
  'kk',
  'pty',
  'pte',
  'lp',
  'co',
];
const LEGAL_SUFFIXES_ZH = ['股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '株式会社', '公司'];
const SUFFIX_EN = new RegExp(`(?:\\s(?:${LEGAL_SUFFIXES_EN.join('|')}))+$`);
const SUFFIX_ZH = new RegExp(`(?:${LEGAL_SUFFIXES_ZH.join('|')})$`);

const ORGANISATION_WORDS_EN =
  /\b(?:co|ltd|limited|inc|corp|corporation|company|gmbh|ag|llc|plc|sa|bv|nv|kk|univ|university|institute|inst|academy|college|school|hospital|laboratories|labs?|technolog(?:y|ies)|tech|systems?|industries|industrial|group|holdings?|foundation|association|council|government|ministry|agency|centre|center|electronics|electric|motors?|pharma\w*|chemicals?|international|intl|enterprises?|solutions|networks?|research|trust|partners|s\.?a\.?)\b/i;
const ORGANISATION_WORDS_ZH =
  /公司|大学|学院|研究院|研究所|研究中心|实验室|集团|中心|医院|工厂|厂$|株式会社|协会|委员会|局$|部$|院$|所$|银行|学校/;

/** Trailing country in brackets as DOCDB/OPS write it: `9SOLUTIONS OY [FI]`. */
const COUNTRY_SUFFIX = /\s*\[([A-Z]{2})\]\s*$/;

/** Display form: half-width, single spaces, no trailing separators. */
export function cleanName(raw: string): string {
  return collapseSpaces(toHalfWidth(raw)).replace(/[\s,;，；、]+$/, '');
}

const LEGAL_SUFFIX_WORDS = new Set(LEGAL_SUFFIXES_EN.filter((suffix) => !suffix.includes(' ')));

/** Word forms folded to one spelling in keys: `TECHNOLOGY` and DOCDB's `TECH` are one company. */
const KEY_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\btechnolog(?:y|ies)\b/g, 'tech'],
  [/\buniversity\b/g, 'univ'],
  [/\binstitute\b/g, 'inst'],
  [/\binternational\b/g, 'intl'],
  [/\bmanufacturing\b/g, 'mfg'],
  [/\blaborator(?:y|ies)\b/g, 'lab'],
];

function foldPunctuation(name: string): string {
  return (
    toHalfWidth(name)
      .toLowerCase()
      // Dotted initials (`K.K.`, `S.A.`, `N.V.`) become one word before dots turn into spaces.
      .replace(/\b([a-z])\.(?:\s?([a-z])\.)+/g, (match) => match.replace(/[.\s]/g, ''))
      .replace(/[.,;:'"`’()[\]{}&+/\\\-_·•]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Merge key: lowercase, punctuation folded to spaces, legal suffixes removed. */
export function partyKey(name: string): string {
  const folded = foldPunctuation(name);
  if (hasHan(folded)) return folded.replace(/\s/g, '').replace(SUFFIX_ZH, '') || folded;
  const abbreviated = KEY_ABBREVIATIONS.reduce(
    (text, [pattern, short]) => text.replace(pattern, short),
    folded,
  );
  return abbreviated.replace(SUFFIX_EN, '').trim() || abbreviated;
}

/** Organisation when legal/institution words appear; person for 2–4 bare words or 2–4 Han chars. */
export function guessPartyKind(name: string): Party['kind'] {
  if (hasHan(name)) {
    if (ORGANISATION_WORDS_ZH.test(name)) return 'organisation';
    return /^[\u3400-\u9fff·]{2,4}$/.test(name) ? 'person' : 'unknown';
  }
  const lastWord = foldPunctuation(name).split(' ').at(-1) ?? '';
  if (ORGANISATION_WORDS_EN.test(name) || LEGAL_SUFFIX_WORDS.has(lastWord)) return 'organisation';
  const words = name.split(/[\s,]+/).filter(Boolean);
  if (words.length >= 2 && words.length <= 4 && words.every((word) => /^[\p{L}.'-]+$/u.test(word)))
    return 'person';
  return words.length === 1 ? 'organisation' : 'unknown';
}

export type PartyRole = 'applicant' | 'owner' | 'inventor';

/** Builds a Party; inventors are always persons. Returns undefined for a blank name. */
export function makeParty(raw: string, role: PartyRole, aliases?: AliasTable): Party | undefined {
  const trimmed = raw.trim();
  const countryMatch = COUNTRY_SUFFIX.exec(toHalfWidth(trimmed));
  const cleaned = cleanName(countryMatch ? toHalfWidth(trimmed).replace(COUNTRY_SUFFIX, '') : trimmed);
  if (!cleaned) return undefined;
  const name = aliases?.get(partyKey(cleaned)) ?? cleaned;
  const party: Party = {
    raw: trimmed,
    key: partyKey(name),
    name,
    kind: role === 'inventor' ? 'person' : guessPartyKind(name),
  };
  if (countryMatch) party.country = countryMatch[1]!;
  return party;
}

/** Parties from raw names, de-duplicated by key (exports often repeat a name in two spellings). */
export function makeParties(raws: readonly string[], role: PartyRole, aliases?: AliasTable): Party[] {
  const byKey = new Map<string, Party>();
  for (const raw of raws) {
    const party = makeParty(raw, role, aliases);
    if (party && !byKey.has(party.key)) byKey.set(party.key, party);
  }
  return [...byKey.values()];
}
