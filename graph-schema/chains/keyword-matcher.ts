/**
 * Keyword matching on a record's text. Chinese (any non-ASCII) keywords match as substrings, since
 * Chinese text has no word delimiters; ASCII keywords match case-insensitively on word
 * boundaries (`LiPF6` in "LiPF6-based", not `PE` in "PEO"); a trailing `*` truncates
 * (`vehicle*` → vehicles). All-capital acronyms (`HIT`, `PE`, `0BB`) match case-sensitively,
 * because their lower-case forms are ordinary English words ("hit", "pe").
 */

export interface CompiledKeyword {
  /** The keyword as written in the definition, reported in `matchedBy.keyword`. */
  text: string;
  needle: string;
  mode: 'substring' | 'word';
  caseSensitive: boolean;
  truncated: boolean;
}

/** Every distinct keyword of a compiled chain set, so each is searched at most once per record. */
export class KeywordTable {
  readonly keywords: CompiledKeyword[] = [];
  private readonly idsByText = new Map<string, number>();

  idOf(term: string): number {
    const known = this.idsByText.get(term);
    if (known !== undefined) return known;
    const id = this.keywords.length;
    this.keywords.push(compileKeyword(term));
    this.idsByText.set(term, id);
    return id;
  }
}

export function compileKeyword(term: string): CompiledKeyword {
  const truncated = term.endsWith('*');
  const text = truncated ? term.slice(0, -1) : term;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  const ascii = /^[\x00-\x7f]*$/.test(text);
  if (!ascii) return { text, needle: text.toLowerCase(), mode: 'substring', caseSensitive: false, truncated };
  const caseSensitive = isAcronym(text);
  return { text, needle: caseSensitive ? text : text.toLowerCase(), mode: 'word', caseSensitive, truncated };
}

function isAcronym(text: string): boolean {
  return !/[a-z]/.test(text) && (text.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/**
 * The searchable text of one record. ASCII keywords search only the ASCII runs of the text: a
 * shorter, one-byte string (V8 searches those much faster than mixed Chinese text), and the cut
 * at a non-ASCII character is a word boundary anyway.
 */
export interface RecordText {
  /** All text, lower-cased: Chinese keywords search this. */
  lower: string;
  /** ASCII runs in original case, newline-separated: acronyms search this. */
  ascii: string;
  asciiLower: string;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
const ASCII_RUNS = /[\x00-\x7f]+/g;

export function toRecordText(original: string): RecordText {
  const ascii = original.match(ASCII_RUNS)?.join('\n') ?? '';
  return { lower: original.toLowerCase(), ascii, asciiLower: ascii.toLowerCase() };
}

export function keywordOccursIn(keyword: CompiledKeyword, text: RecordText): boolean {
  if (keyword.mode === 'substring') return text.lower.includes(keyword.needle);
  return findWord(keyword.caseSensitive ? text.ascii : text.asciiLower, keyword.needle, keyword.truncated);
}

function findWord(haystack: string, needle: string, truncated: boolean): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const end = at + needle.length;
    const boundedBefore = at === 0 || !isWordCharCode(haystack.charCodeAt(at - 1));
    const boundedAfter = truncated || end >= haystack.length || !isWordCharCode(haystack.charCodeAt(end));
    if (boundedBefore && boundedAfter) return true;
    from = at + 1;
  }
}

/** ASCII letters and digits: the characters that continue an English word or code. */
function isWordCharCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Per-record memo of keyword results: a keyword shared by many rules (锂离子, @drone) is searched
 * once per record. Stamps avoid clearing the arrays between records.
 */
export class KeywordMemo {
  private readonly stamps: Uint32Array;
  private readonly results: Uint8Array;
  private stamp = 0;
  private text: RecordText = toRecordText('');

  constructor(private readonly table: KeywordTable) {
    this.stamps = new Uint32Array(table.keywords.length);
    this.results = new Uint8Array(table.keywords.length);
  }

  reset(text: RecordText): void {
    this.text = text;
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.stamps.fill(0);
  }

  has(id: number): boolean {
    if (this.stamps[id] === this.stamp) return this.results[id] === 1;
    const keyword = this.table.keywords[id];
    const found = keyword !== undefined && keywordOccursIn(keyword, this.text);
    this.stamps[id] = this.stamp;
    this.results[id] = found ? 1 : 0;
    return found;
  }
}
