/**
 * Splits a patent claim into preamble / transition / body elements, for claim charts.
 *
 * English: the preamble ends at the first transitional phrase ("comprising", "consisting of",
 * "characterized in that", "wherein", …); body elements are separated by ";" (and ":").
 * Chinese: the preamble ends at the first of 包括 / 包含 / 其特征在于 …; body elements are separated
 * by "；", or by "，" in a part that has no "；" (short Chinese claims often use only commas).
 * In both languages the characterising phrase ("characterized in that", 其特征在于) inside the body
 * also starts a new part (two-part EP/CN form), and each part chooses its separator on its own.
 * 所述 ("said") is not a transition: it refers back to an element and appears inside elements.
 */
export type ClaimLanguage = 'zh' | 'en';

export interface SplitClaim {
  readonly language: ClaimLanguage;
  /** What is claimed ("A communication device (100)", 一种锂离子电池正极材料). */
  readonly preamble: string;
  /** The transitional phrase found, or null when the claim has none. */
  readonly transition: string | null;
  /** Body elements in claim order, trimmed, without separators or list markers. */
  readonly elements: string[];
}

const ENGLISH_TRANSITIONS = [
  'characterized in that',
  'characterised in that',
  'characterized by',
  'characterised by',
  'consisting essentially of',
  'consisting of',
  'which comprises',
  'comprising',
  'comprises',
  'including',
  'wherein',
];
const CHINESE_TRANSITIONS = ['其特征在于', '特征在于', '包括', '包含', '含有', '由以下组成'];
const ENGLISH_CHARACTERISING = /\b(?:characteri[sz]ed\s+(?:in\s+that|by))\b\s*[:,]?/i;
const CHINESE_CHARACTERISING = /其?特征在于\s*[:：，,]?/;

export function detectClaimLanguage(text: string): ClaimLanguage {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han > text.length * 0.2 ? 'zh' : 'en';
}

export function splitClaim(rawText: string): SplitClaim {
  const text = stripClaimNumber(rawText.replace(/\s+/g, ' ').trim());
  const language = detectClaimLanguage(text);
  const found = findTransition(text, language);
  if (!found) return { language, preamble: trimElement(text), transition: null, elements: [] };
  const preamble = trimElement(text.slice(0, found.index));
  const body = text.slice(found.index + found.phrase.length).replace(/^\s*[:：,，]?\s*/, '');
  return { language, preamble, transition: found.phrase, elements: splitBody(body, language) };
}

function stripClaimNumber(text: string): string {
  return text.replace(/^\s*\d+\s*[.、．)]\s*/, '');
}

/** Earliest transitional phrase (longest wins at the same position). */
function findTransition(text: string, language: ClaimLanguage): { index: number; phrase: string } | null {
  const haystack = language === 'en' ? text.toLowerCase() : text;
  let best: { index: number; phrase: string } | null = null;
  for (const phrase of language === 'en' ? ENGLISH_TRANSITIONS : CHINESE_TRANSITIONS) {
    const index = language === 'en' ? wordIndex(haystack, phrase) : haystack.indexOf(phrase);
    if (index < 0) continue;
    if (!best || index < best.index || (index === best.index && phrase.length > best.phrase.length)) {
      best = { index, phrase: text.slice(index, index + phrase.length) };
    }
  }
  return best;
}

/** Index of `phrase` as whole words (so "including" does not match inside "precluding"). */
function wordIndex(haystack: string, phrase: string): number {
  const match = new RegExp(`\\b${phrase.replace(/ /g, '\\s+')}\\b`).exec(haystack);
  return match ? match.index : -1;
}

function splitBody(body: string, language: ClaimLanguage): string[] {
  const characterising = language === 'en' ? ENGLISH_CHARACTERISING : CHINESE_CHARACTERISING;
  const parts = body.split(new RegExp(characterising.source, `${characterising.flags}g`));
  return parts.flatMap((part) => splitPart(part, language)).filter((element) => element !== '');
}

function splitPart(part: string, language: ClaimLanguage): string[] {
  let separator: RegExp;
  if (language === 'en') separator = /[;:]/;
  else separator = /[；;]/.test(part) ? /[；;:：]/ : /[，,:：]/;
  return part.split(separator).map(trimElement);
}

/** Drops list markers ("(a)", "b)"), joining words ("and", 以及) and end punctuation. */
function trimElement(element: string): string {
  return element
    .trim()
    .replace(/^(?:\(?[a-z0-9ivx]{1,4}\)\s*|(?:and|or)\s+|以及|包括|包含)+/i, '')
    .replace(/(?:[,;，；:：.。]|\s+and|\s+or)+$/i, '')
    .trim();
}

export interface NumberedClaim {
  readonly number: number;
  readonly text: string;
  readonly dependsOn?: readonly number[];
}

/** Claim numbers a claim refers to ("claim 1", "claims 2 or 3", "权利要求1或2所述"). */
export function referencedClaims(text: string): number[] {
  const numbers = new Set<number>();
  const patterns = [
    /\bclaims?\s+((?:\d+\s*(?:,|or|and|to|-|–)?\s*)+)/gi,
    /权利要求\s*((?:\d+\s*[、,，或和至到-]?\s*)+)/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      for (const digits of match[1]!.match(/\d+/g) ?? []) numbers.add(Number(digits));
    }
  }
  return [...numbers].sort((a, b) => a - b);
}

/** Independent = no declared dependency and no reference to another claim in its text. */
export function isIndependentClaim(claim: NumberedClaim): boolean {
  if (claim.dependsOn && claim.dependsOn.length > 0) return false;
  if (/\b(?:any|one) of the preceding claims?\b|\bany preceding claim\b|前述任一权利要求/i.test(claim.text))
    return false;
  return referencedClaims(claim.text).every((number) => number === claim.number);
}

export function independentClaims<T extends NumberedClaim>(claims: readonly T[]): T[] {
  return claims.filter(isIndependentClaim);
}
