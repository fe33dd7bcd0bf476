/**
 * The search syntax's tokenizer: one pass over the characters, no recursion, no regular expression
 * over the whole input. A field term is `name:value`, `name:"a phrase"` or `name:[from TO to]`;
 * AND, OR and NOT are operators only in upper case (lower-case they are words, as in Lucene).
 */
import { SEARCH_FIELDS, type SearchField, type SearchSyntaxCode } from '@graph-schema/dto/search-results';

export type Token =
  | { kind: '('; position: number }
  | { kind: ')'; position: number }
  | { kind: 'AND'; position: number }
  | { kind: 'OR'; position: number }
  | { kind: 'NOT'; position: number }
  | { kind: 'term'; field: SearchField | null; value: string; quoted: boolean; position: number };

export class SearchSyntaxError extends Error {
  constructor(
    readonly code: SearchSyntaxCode,
    readonly position: number,
    readonly field: string | null,
  ) {
    super(`${code} at character ${position + 1}${field === null ? '' : ` in ${field}:`}`);
  }
}

const isSpace = (char: string) => /\s/.test(char);
const endsWord = (char: string) => isSpace(char) || char === '(' || char === ')';
const isSearchField = (name: string): name is SearchField =>
  (SEARCH_FIELDS as readonly string[]).includes(name);

/** The index just after the closing `close`, or a syntax error at `start`. */
function closingIndex(q: string, start: number, close: string, code: SearchSyntaxCode, field: string | null) {
  const end = q.indexOf(close, start + 1);
  if (end < 0) throw new SearchSyntaxError(code, start, field);
  return end + 1;
}

/** Reads a field's value at `start` (after the colon): a phrase, a [range] or a bare word. */
function fieldValue(
  q: string,
  start: number,
  field: SearchField,
): { value: string; quoted: boolean; end: number } {
  const first = q[start];
  if (first === '"') {
    const end = closingIndex(q, start, '"', 'unclosedQuote', field);
    return { value: q.slice(start + 1, end - 1).trim(), quoted: true, end };
  }
  if (first === '[') {
    const end = closingIndex(q, start, ']', 'badDateRange', field);
    return { value: q.slice(start, end), quoted: false, end };
  }
  let end = start;
  while (end < q.length && !endsWord(q[end] ?? ' ')) end += 1;
  return { value: q.slice(start, end), quoted: false, end };
}

function wordToken(q: string, start: number): { token: Token; end: number } {
  let end = start;
  while (end < q.length && !endsWord(q[end] ?? ' ') && q[end] !== ':') end += 1;
  const word = q.slice(start, end);
  if (q[end] === ':' && /^[A-Za-z]+$/.test(word)) {
    const name = word.toLowerCase();
    if (!isSearchField(name)) throw new SearchSyntaxError('unknownField', start, word);
    const read = fieldValue(q, end + 1, name);
    if (read.value === '') throw new SearchSyntaxError('emptyValue', start, name);
    return {
      token: { kind: 'term', field: name, value: read.value, quoted: read.quoted, position: start },
      end: read.end,
    };
  }
  // A colon inside a plain word (`10:1`) is part of the word.
  while (end < q.length && !endsWord(q[end] ?? ' ')) end += 1;
  const text = q.slice(start, end);
  if (text === 'AND' || text === 'OR' || text === 'NOT')
    return { token: { kind: text, position: start }, end };
  return { token: { kind: 'term', field: null, value: text, quoted: false, position: start }, end };
}

export function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < q.length) {
    const char = q[index] ?? ' ';
    if (isSpace(char)) {
      index += 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char, position: index });
      index += 1;
    } else if (char === '"') {
      const end = closingIndex(q, index, '"', 'unclosedQuote', null);
      const value = q.slice(index + 1, end - 1).trim();
      if (value === '') throw new SearchSyntaxError('emptyValue', index, null);
      tokens.push({ kind: 'term', field: null, value, quoted: true, position: index });
      index = end;
    } else {
      const { token, end } = wordToken(q, index);
      tokens.push(token);
      index = end;
    }
  }
  return tokens;
}
