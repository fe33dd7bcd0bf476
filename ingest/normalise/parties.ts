/**
 * Applicant / inventor names → `Party`. The key (graph-schema/vocabulary/parties.ts) merges
 * spellings of one party: width, case, punctuation and legal-form suffixes are folded away; an
 * alias table then maps known variants to one name.
 */
import { foldPunctuation, LEGAL_SUFFIXES_EN, partyKey } from '@graph-schema/vocabulary/parties';
import type { Party } from '../record';
import type { AliasTable } from './aliases';
import { collapseSpaces, hasHan, toHalfWidth } from './text';

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

const LEGAL_SUFFIX_WORDS: ReadonlySet<string> = new Set(
  LEGAL_SUFFIXES_EN.filter((suffix) => !suffix.includes(' ')),
);

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
