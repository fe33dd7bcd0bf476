/**
 * Which encoding a text export is in, and how that was decided. Rules, first match wins:
 * 1. the user's override (`--encoding`);
 * 2. a byte-order mark (UTF-8, UTF-16 LE/BE);
 * 3. UTF-16 without a BOM, told by the NUL high bytes of ASCII text;
 * 4. the head decodes as strict UTF-8 (plain ASCII included);
 * 5. the statistical detector (chardet, ICU's method) over the head; when it answers with a
 *    single-byte Latin code page, Windows-1252 and Mac Roman are told apart by which one turns
 *    the non-ASCII bytes into accented letters that fit their words (ICU does not know Mac Roman);
 * 6. otherwise Windows-1252, reported as a guess.
 */
import type { EncodingRule, FileEncoding } from '@graph-schema/dto/ingest';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { TextEncoding } from './encoding';

export interface EncodingChoice {
  encoding: TextEncoding;
  chosenBy: EncodingRule;
  /** The detector's confidence, 0–100 (rule `detector` only). */
  confidence?: number;
}

/** Below this detector confidence the choice is reported to the user as a guess. */
export const GUESS_CONFIDENCE = 50;

function byteOrderMark(head: Buffer): TextEncoding | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  return undefined;
}

/** ASCII text in UTF-16 has a NUL in every other byte: odd positions for LE, even for BE. */
function utf16ByNulBytes(head: Buffer): TextEncoding | undefined {
  const sample = head.subarray(0, Math.min(head.length, 4096) & ~1);
  if (sample.length < 8) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even += 1;
    if (sample[i + 1] === 0) odd += 1;
  }
  const pairs = sample.length / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf16be';
  return undefined;
}

function isValidUtf8(head: Buffer): boolean {
  try {
    // stream: true tolerates a multi-byte character cut at the end of the head.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

const DETECTOR_NAMES: Record<string, TextEncoding | 'western'> = {
  'UTF-8': 'utf8',
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
};

/** ICU reports Western text as whichever Latin code page's letter statistics fit best. */
function detectorEncoding(name: string): TextEncoding | 'western' | undefined {
  if (/^(windows-125[0247]|ISO-8859-(1|2|9|15))$/.test(name)) return 'western';
  return DETECTOR_NAMES[name];
}

const ACCENTED_LETTER = /[À-ÖØ-öø-ÿŒœŠšŽžŸ]/;
const ASCII_LETTER = /[A-Za-z]/;
const isUpper = (char: string) => char !== char.toLowerCase();

/**
 * How well a decoding's non-ASCII characters read as Western accented letters: +1 for an accented
 * letter whose case fits its word ("SÉCURITÉ", "système", a capital opening a word), −1 for one
 * that does not ("SystËme") and for any other symbol wedged between letters ("DƒFENSE").
 */
export function westernLetterFit(text: string): number {
  let score = 0;
  for (const match of text.matchAll(/[^\p{ASCII}]/gu)) {
    const char = match[0];
    const before = text[match.index - 1] ?? '';
    const after = text[match.index + 1] ?? '';
    const letterBefore = ASCII_LETTER.test(before);
    const letterAfter = ASCII_LETTER.test(after);
    if (char === '’') continue; // an apostrophe sits inside words in either encoding
    if (!ACCENTED_LETTER.test(char)) {
      if (letterBefore && letterAfter) score -= 1;
      continue;
    }
    if (isUpper(char) && !letterBefore) {
      score += 1; // a word-initial capital, or a capital inside an upper-case word
      continue;
    }
    const neighbour = letterBefore ? before : after;
    if (!ASCII_LETTER.test(neighbour)) continue;
    score += isUpper(char) === isUpper(neighbour) ? 1 : -1;
  }
  return score;
}

/** Mac Roman over Windows-1252 when its letters fit better, or equally well in a CR-only file. */
function westernEncoding(head: Buffer): TextEncoding {
  const mac = westernLetterFit(iconv.decode(head, 'macintosh'));
  const windows = westernLetterFit(iconv.decode(head, 'windows-1252'));
  if (mac !== windows) return mac > windows ? 'macintosh' : 'windows-1252';
  const crOnly = head.includes(0x0d) && !head.includes(0x0a);
  return crOnly ? 'macintosh' : 'windows-1252';
}

function byDetector(head: Buffer): EncodingChoice | undefined {
  for (const match of chardet.analyse(head)) {
    const found = detectorEncoding(match.name);
    if (!found) continue;
    const encoding = found === 'western' ? westernEncoding(head) : found;
    return { encoding, chosenBy: 'detector', confidence: match.confidence };
  }
  return undefined;
}

export function chooseEncoding(head: Buffer, override?: TextEncoding): EncodingChoice {
  if (override) return { encoding: override, chosenBy: 'override' };
  const marked = byteOrderMark(head);
  if (marked) return { encoding: marked, chosenBy: 'bom' };
  const utf16 = utf16ByNulBytes(head);
  if (utf16) return { encoding: utf16, chosenBy: 'utf16-nul-bytes' };
  if (isValidUtf8(head)) return { encoding: 'utf8', chosenBy: 'utf8-valid' };
  return byDetector(head) ?? { encoding: 'windows-1252', chosenBy: 'fallback' };
}

/** The encoding alone (rules 2–6). */
export function detectEncoding(head: Buffer): TextEncoding {
  return chooseEncoding(head).encoding;
}

/** True when the choice rests on statistics weak enough that the user should check it. */
export function isGuess(choice: EncodingChoice): boolean {
  if (choice.chosenBy === 'fallback') return true;
  return choice.chosenBy === 'detector' && (choice.confidence ?? 0) < GUESS_CONFIDENCE;
}

/** "macintosh (detector, 54% confidence)" — for summaries and messages. */
export function describeEncodingChoice(choice: FileEncoding): string {
  const how: Record<EncodingRule, string> = {
    override: '--encoding override',
    bom: 'byte-order mark',
    'utf16-nul-bytes': 'UTF-16 NUL-byte pattern',
    'utf8-valid': 'valid UTF-8',
    detector: `detector, ${choice.confidence ?? 0}% confidence`,
    fallback: 'fallback: the detector named no supported encoding',
  };
  return `${choice.encoding} (${how[choice.chosenBy]})`;
}
