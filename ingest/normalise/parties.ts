/**
 * Applicant / inventor names → `Party`. The key (graph-schema/vocabulary/parties.ts) merges
 * spellings of one party: width, case, punctuation and legal-form suffixes are folded away; an
 * alias table then maps known variants to one name.
 */
import { hasLegalForm } from '@graph-schema/vocabulary/legal-forms';
import { foldPunctuation, partyKey } from '@graph-schema/vocabulary/parties';
import { z } from 'zod';
import type { Party } from '../record';
import type { AliasTable } from './aliases';
import { MemoTable } from './memo';
import cueData from './organisation-cues.json';
import { collapseSpaces, hasHan, toHalfWidth } from './text';

const OrganisationCues = z.object({
  words: z.array(z.string().min(1)),
  phrases: z.array(z.string().min(1)),
  leadingWords: z.array(z.string().min(1)),
  trailingWords: z.array(z.string().min(1)),
  han: z.array(z.string().min(1)),
  hanEndings: z.array(z.string().min(1)),
});
const CUES = OrganisationCues.parse(cueData);
const CUE_WORDS: ReadonlySet<string> = new Set(CUES.words);
const LEADING_WORDS: ReadonlySet<string> = new Set(CUES.leadingWords);
const TRAILING_WORDS: ReadonlySet<string> = new Set(CUES.trailingWords);
const HAN_CUE = new RegExp(`${CUES.han.join('|')}|(?:${CUES.hanEndings.join('|')})$`);

/** Trailing country in brackets as DOCDB/OPS write it: `9SOLUTIONS OY [FI]`. */
const COUNTRY_SUFFIX = /\s*\[([A-Z]{2})\]\s*$/;

/** Display form: half-width, single spaces, no trailing separators. */
export function cleanName(raw: string): string {
  return collapseSpaces(toHalfWidth(raw)).replace(/[\s,;，；、]+$/, '');
}

/** An institution or business word (organisation-cues.json) among the folded words. */
function hasOrganisationCue(words: readonly string[]): boolean {
  if (words.some((word) => CUE_WORDS.has(word))) return true;
  if (words.length > 1 && (LEADING_WORDS.has(words[0]!) || TRAILING_WORDS.has(words.at(-1)!))) return true;
  const spaced = ` ${words.join(' ')} `;
  return CUES.phrases.some((phrase) => spaced.includes(` ${phrase} `));
}

/**
 * Organisation when the name carries a legal form or an organisation cue — checked first, because
 * `SERVICE VISION S A` or `US AIR FORCE` also has the shape of a person's name. Otherwise person
 * for 2–4 bare words (`SURNAME GIVEN`, `Surname, Given`, `SURNAME; GIVEN`) or 2–4 Han characters.
 */
export function guessPartyKind(name: string): Party['kind'] {
  const words = foldPunctuation(name).split(' ').filter(Boolean);
  if (hasHan(name)) {
    if (HAN_CUE.test(name) || hasLegalForm(words)) return 'organisation';
    return /^[\u3400-\u9fff·]{2,4}$/.test(name) ? 'person' : 'unknown';
  }
  if (hasLegalForm(words) || hasOrganisationCue(words)) return 'organisation';
  const parts = name.split(/[\s,;]+/).filter(Boolean);
  if (parts.length >= 2 && parts.length <= 4 && parts.every((part) => /^[\p{L}.'-]+$/u.test(part)))
    return 'person';
  return parts.length === 1 ? 'organisation' : 'unknown';
}

export type PartyRole = 'applicant' | 'owner' | 'inventor';

/** One memo table per alias table (memo.ts): applicants recur in thousands of records. */
const PARTIES = new WeakMap<AliasTable, MemoTable<Party>>();
const NO_ALIASES: AliasTable = new Map();

/** Builds a Party; inventors are always persons. Returns undefined for a blank name. */
export function makeParty(raw: string, role: PartyRole, aliases?: AliasTable): Party | undefined {
  const table = aliases ?? NO_ALIASES;
  let memo = PARTIES.get(table);
  if (!memo) {
    memo = new MemoTable<Party>();
    PARTIES.set(table, memo);
  }
  // Only the kind depends on the role: inventors are persons, other roles are guessed.
  const kindRule = role === 'inventor' ? 'p' : 'g';
  return memo.get(`${kindRule}\u0000${raw}`, () => makePartyOnce(raw, role, aliases));
}

function makePartyOnce(raw: string, role: PartyRole, aliases?: AliasTable): Party | undefined {
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

/**
 * Parties from raw names, one per key (exports often repeat a name in two spellings); the first
 * spelling is the party's `raw`, the others are kept in `alsoWritten` so no spelling is lost.
 */
export function makeParties(raws: readonly string[], role: PartyRole, aliases?: AliasTable): Party[] {
  const byKey = new Map<string, Party>();
  for (const raw of raws) {
    const party = makeParty(raw, role, aliases);
    if (!party) continue;
    const first = byKey.get(party.key);
    if (!first) byKey.set(party.key, party);
    else if (party.raw !== first.raw && !first.alsoWritten?.includes(party.raw))
      first.alsoWritten = [...(first.alsoWritten ?? []), party.raw];
  }
  return [...byKey.values()];
}
