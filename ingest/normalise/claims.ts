/**
 * A whole claims block → numbered claims with the claims each one refers to. Numbers must run
 * 1, 2, 3 … so a number inside a claim ("claim 1", "step 2.") does not start a new claim.
 */
import type { Claim } from '@graph-schema/vocabulary/claims';
import { collapseSpaces, hasHan, toHalfWidth } from './text';

/** A claim number at the start of the text or after whitespace / a sentence end: `1.`, `2、`, `3)`. */
const CLAIM_START = /(?:^|(?<=[\s。；;.]))(\d{1,3})\s*[.、)](?!\d)\s*/g;

const RANGE_WORDS = /^(?:-|–|~|至|到|to)$/i;
/** `claim 1`, `claims 1 to 3`, `claim 1 or 2`, `any one of claims 1-3`. */
const EN_REFERENCE = /claims?\s+(\d+(?:\s*(?:-|–|to|or|and|,)\s*\d+)*)/gi;
/** `权利要求1所述`, `权利要求1-3任一项`, `权利要求1或2`. */
const ZH_REFERENCE = /权利要求\s*(\d+(?:\s*(?:-|–|~|至|到|或|和|、|,)\s*\d+)*)/g;

function expandReferenceList(list: string): number[] {
  const tokens = list.split(/\s*(-|–|~|至|到|to|or|and|或|和|、|,)\s*/i).filter((token) => token !== '');
  const numbers: number[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (/^\d+$/.test(token)) numbers.push(Number(token));
    else if (RANGE_WORDS.test(token) && next && /^\d+$/.test(next) && numbers.length > 0) {
      for (let value = numbers.at(-1)! + 1; value < Number(next); value += 1) numbers.push(value);
    }
  }
  return numbers;
}

/** `any preceding claim`, `前述任一项权利要求`: every earlier claim, unless numbers are given. */
const ANY_PRECEDING =
  /any (?:one of the )?preceding claims?|(?:前述|上述)任[一意]项?权利要求|任一前述权利要求/i;

/** Claim numbers a claim's text refers to, limited to earlier claims (a claim cannot depend on a later one). */
export function claimReferences(text: string, ownNumber: number): number[] {
  const explicit = explicitReferences(text, ownNumber);
  if (explicit.length > 0 || !ANY_PRECEDING.test(text)) return explicit;
  return Array.from({ length: ownNumber - 1 }, (_, index) => index + 1);
}

/** Each reference pattern with a cheap test for the word it needs. */
const REFERENCE_PATTERNS: ReadonlyArray<[RegExp, RegExp]> = [
  [EN_REFERENCE, /claim/i],
  [ZH_REFERENCE, /权利要求/],
];

function explicitReferences(text: string, ownNumber: number): number[] {
  const references = new Set<number>();
  for (const [pattern, cue] of REFERENCE_PATTERNS) {
    // Most claims name no claim in one of the languages: the cue test spares matchAll's regex copy.
    if (!cue.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      for (const value of expandReferenceList(match[1]!)) {
        if (value >= 1 && value < ownNumber) references.add(value);
      }
    }
  }
  return [...references].sort((a, b) => a - b);
}

export function claimLanguage(text: string): Claim['lang'] {
  if (hasHan(text)) return 'zh';
  return /[a-z]/i.test(text) ? 'en' : 'other';
}

/** Start offsets of claims numbered 1, 2, 3 … in order. */
function claimStarts(text: string): { number: number; start: number; textStart: number }[] {
  const starts: { number: number; start: number; textStart: number }[] = [];
  for (const match of text.matchAll(CLAIM_START)) {
    const number = Number(match[1]);
    if (number === starts.length + 1) {
      starts.push({ number, start: match.index, textStart: match.index + match[0].length });
    }
  }
  return starts;
}

export function makeClaim(number: number, rawText: string): Claim {
  const text = collapseSpaces(rawText);
  return { number, text, dependsOn: claimReferences(text, number), lang: claimLanguage(text) };
}

/** Splits a claims block; an unnumbered block becomes claim 1. */
export function splitClaims(block: string): Claim[] {
  const text = toHalfWidth(block).trim();
  if (!text) return [];
  const starts = claimStarts(text);
  if (starts.length === 0) return [makeClaim(1, text)];
  return starts.map((start, index) => {
    const end = starts[index + 1]?.start ?? text.length;
    return makeClaim(start.number, text.slice(start.textStart, end));
  });
}
