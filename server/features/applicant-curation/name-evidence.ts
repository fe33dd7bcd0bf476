/**
 * Name evidence for merge suggestions, from the spellings alone: the same key once connective
 * words and spaces are dropped (`Hanyao University of Technology` / `HANYAO UNIV TECH`), word-wise
 * abbreviations (`LANWAN AUTO` / `Lanwan Automobile`) and acronyms (`NNE` / `Ningchuan New Energy`).
 * Keys come from partyKey (legal forms, punctuation, width, case and the usual abbreviations folded).
 */
import type { SuggestionReason } from '@graph-schema/dto/applicant-curation';
import { partyKey } from '@graph-schema/vocabulary/parties';
import { hasHan } from '@graph-schema/vocabulary/text-forms';

export interface NamedEntity {
  key: string;
  name: string;
  aliases: readonly string[];
}

/** A reason found for the pair of entity keys `a` < `b`. */
export interface PairReason {
  a: string;
  b: string;
  reason: SuggestionReason;
}

/** Words that join a name's parts and are dropped or kept at will by sources. */
const CONNECTIVES = new Set(['of', 'the', 'and', 'for', 'de', 'des', 'du', 'la', 'et', 'und', 'der', 'fur']);

/** An abbreviated word keeps at least this many letters (`UNIV`, `TECH`, `AUTO`), so `A` ≠ `Alpha`. */
const MIN_ABBREVIATION = 3;

/** Largest group of names sharing a first word that is compared pairwise (bounds the work). */
const MAX_BLOCK = 60;

/** The words of a Latin spelling's party key without connectives; empty for Han names. */
export function keyWords(spelling: string): string[] {
  const key = partyKey(spelling);
  if (key === '' || hasHan(key)) return [];
  return key.split(' ').filter((word) => word !== '' && !CONNECTIVES.has(word));
}

function spellingsOf(entity: NamedEntity): string[] {
  return [...new Set([entity.name, ...entity.aliases])];
}

const pairOf = (x: string, y: string) => (x < y ? { a: x, b: y } : { a: y, b: x });

/** Entities whose spellings meet on one key once connectives and spaces are dropped. */
export function sameKeyReasons(entities: readonly NamedEntity[]): PairReason[] {
  const byKey = new Map<string, Map<string, string>>();
  for (const entity of entities) {
    for (const spelling of spellingsOf(entity)) {
      const words = keyWords(spelling);
      if (words.length === 0) continue;
      const loose = words.join('');
      const holders = byKey.get(loose) ?? new Map<string, string>();
      if (!holders.has(entity.key)) holders.set(entity.key, spelling);
      byKey.set(loose, holders);
    }
  }
  const found = new Map<string, PairReason>();
  for (const [loose, holders] of byKey) {
    const list = [...holders].slice(0, MAX_BLOCK);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, spellingX] = list[i]!;
        const [y, spellingY] = list[j]!;
        const pair = pairOf(x, y);
        const id = `${pair.a}\u0000${pair.b}`;
        if (found.has(id)) continue;
        const detail = [loose, spellingX, spellingY];
        found.set(id, { ...pair, reason: { kind: 'sameKey', detail, families: 0 } });
      }
    }
  }
  return [...found.values()];
}

/** Word pairs where one word abbreviates the other; undefined when the names differ otherwise. */
export function abbreviatedWords(left: readonly string[], right: readonly string[]): string[] | undefined {
  if (left.length !== right.length || left.length < 2) return undefined;
  const pairs: string[] = [];
  for (let i = 0; i < left.length; i++) {
    const [x, y] = [left[i]!, right[i]!];
    if (x === y) continue;
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    if (short.length < MIN_ABBREVIATION || !long.startsWith(short)) return undefined;
    pairs.push(`${short} → ${long}`);
  }
  return pairs.length > 0 ? pairs : undefined;
}

interface Spelled {
  key: string;
  spelling: string;
  words: string[];
}

function latinSpellings(entities: readonly NamedEntity[]): Spelled[] {
  return entities.flatMap((entity) =>
    spellingsOf(entity).flatMap((spelling) => {
      const words = keyWords(spelling);
      return words.length > 0 ? [{ key: entity.key, spelling, words }] : [];
    }),
  );
}

/** Entities with spellings whose words abbreviate each other, compared within one first word. */
export function abbreviationReasons(entities: readonly NamedEntity[]): PairReason[] {
  const blocks = new Map<string, Spelled[]>();
  for (const spelled of latinSpellings(entities)) {
    const block = blocks.get(spelled.words[0]!) ?? [];
    if (block.length < MAX_BLOCK) block.push(spelled);
    blocks.set(spelled.words[0]!, block);
  }
  const found = new Map<string, PairReason>();
  for (const block of blocks.values()) {
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const [x, y] = [block[i]!, block[j]!];
        if (x.key === y.key) continue;
        const pair = pairOf(x.key, y.key);
        const id = `${pair.a}\u0000${pair.b}`;
        const words = found.has(id) ? undefined : abbreviatedWords(x.words, y.words);
        if (!words) continue;
        const detail = [...words, x.spelling, y.spelling];
        found.set(id, { ...pair, reason: { kind: 'abbreviation', detail, families: 0 } });
      }
    }
  }
  return [...found.values()];
}

/** Entities where one spelling is a single word spelling the initials of the other's words. */
export function acronymReasons(entities: readonly NamedEntity[]): PairReason[] {
  const spelled = latinSpellings(entities);
  const byInitials = new Map<string, Spelled[]>();
  for (const s of spelled) {
    if (s.words.length < 2) continue;
    const initials = s.words.map((word) => word[0]).join('');
    const list = byInitials.get(initials) ?? [];
    if (list.length < MAX_BLOCK) list.push(s);
    byInitials.set(initials, list);
  }
  const found = new Map<string, PairReason>();
  for (const short of spelled) {
    if (short.words.length !== 1 || short.words[0]!.length < 2) continue;
    for (const long of byInitials.get(short.words[0]!) ?? []) {
      if (long.key === short.key) continue;
      const pair = pairOf(short.key, long.key);
      const id = `${pair.a}\u0000${pair.b}`;
      if (found.has(id)) continue;
      const detail = [short.spelling, long.spelling];
      found.set(id, { ...pair, reason: { kind: 'acronym', detail, families: 0 } });
    }
  }
  return [...found.values()];
}
