/**
 * A field term's value → a leaf of the query tree, checked per field: dates and date ranges for
 * `pd:`/`ad:`, class prefixes for `cpc:`/`ipc:` (the scope's own prefix schema), words for the rest.
 */

import { ScopeFields } from '@graph-schema/dto/scope';
import { SEARCH_QUERY_MAX_LENGTH } from '@graph-schema/dto/search-results';
import { SearchSyntaxError, type Token } from './syntax-tokens';

export type TextField = 'ti' | 'ab' | 'cl' | 'any';
export type DateField = 'pd' | 'ad';

export type SearchLeaf =
  | { kind: 'text'; field: TextField; value: string; position: number }
  | { kind: 'applicant'; value: string; position: number }
  | { kind: 'class'; scheme: 'cpc' | 'ipc'; prefix: string; position: number }
  | { kind: 'date'; field: DateField; from: string | null; to: string | null; position: number };

/**
 * Claims are indexed as their stored JSON (graph-schema/vocabulary/claims.ts), whose keys and
 * language tags are words of every document: a `cl:` search for one of them would match all claims.
 */
const CLAIM_JSON_WORDS = new Set(['number', 'text', 'dependson', 'lang', 'zh', 'en', 'other']);

type TermToken = Extract<Token, { kind: 'term' }>;

/** `2018`, `2018-05` or `2018-05-31` / `20180531` → the first (or last) day it names, or undefined. */
export function dateBound(text: string, end: 'first' | 'last'): string | null | undefined {
  if (text === '*') return null;
  const match = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const y = Number(year);
  const m = month === undefined ? (end === 'first' ? 1 : 12) : Number(month);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = day === undefined ? (end === 'first' ? 1 : lastDay) : Number(day);
  if (y < 1800 || y > 2100 || m < 1 || m > 12 || d < 1 || d > lastDay) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `[a TO b]`, `a..b` or a single `a` → its two ends (null = open). */
function dateRangeParts(value: string): [string, string] {
  const bracket = /^\[\s*(\S+)\s+TO\s+(\S+)\s*\]$/i.exec(value);
  if (bracket) return [bracket[1] ?? '', bracket[2] ?? ''];
  const dots = value.indexOf('..');
  if (dots >= 0) return [value.slice(0, dots) || '*', value.slice(dots + 2) || '*'];
  return [value, value];
}

function dateLeaf(token: TermToken, field: DateField): SearchLeaf {
  if (token.quoted) throw new SearchSyntaxError('badDate', token.position, field);
  if (token.value.startsWith('[') && !/\bTO\b/i.test(token.value))
    throw new SearchSyntaxError('badDateRange', token.position, field);
  const [first, last] = dateRangeParts(token.value);
  const from = dateBound(first, 'first');
  const to = dateBound(last, 'last');
  if (from === undefined || to === undefined) throw new SearchSyntaxError('badDate', token.position, field);
  if ((from === null && to === null) || (from !== null && to !== null && from > to))
    throw new SearchSyntaxError('badDateRange', token.position, field);
  return { kind: 'date', field, from, to, position: token.position };
}

function classLeaf(token: TermToken, scheme: 'cpc' | 'ipc'): SearchLeaf {
  const parsed = ScopeFields.shape[scheme].safeParse(token.value);
  if (!parsed.success || parsed.data === undefined)
    throw new SearchSyntaxError('badClass', token.position, scheme);
  return { kind: 'class', scheme, prefix: parsed.data, position: token.position };
}

export function leafOf(token: TermToken): SearchLeaf {
  const { field, value, position } = token;
  if (value.length > SEARCH_QUERY_MAX_LENGTH) throw new SearchSyntaxError('tooLong', position, field);
  switch (field) {
    case 'pd':
    case 'ad':
      return dateLeaf(token, field);
    case 'cpc':
    case 'ipc':
      return classLeaf(token, field);
    case 'pa':
      return { kind: 'applicant', value, position };
    case 'cl':
      if (CLAIM_JSON_WORDS.has(value.toLowerCase()))
        throw new SearchSyntaxError('reservedClaimWord', position, field);
      return { kind: 'text', field, value, position };
    case 'ti':
    case 'ab':
      return { kind: 'text', field, value, position };
    case null:
      return { kind: 'text', field: 'any', value, position };
  }
}
