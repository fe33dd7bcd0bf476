/**
 * The search results page (`GET /api/search/families`): a field/boolean query
 * (`ti:` `ab:` `cl:` `pa:` `cpc:` `ipc:` `pd:` `ad:`, AND/OR/NOT, parentheses, quoted phrases)
 * answered as families, paged. The syntax is parsed by server/features/search/syntax.ts.
 */
import { z } from 'zod';

/** Longest query accepted: long enough for a 30-term boolean search, short enough to parse in microseconds. */
export const SEARCH_QUERY_MAX_LENGTH = 500;
/** Families per page; the whole-list export pages through with the largest size. */
export const SEARCH_PAGE_SIZE_MAX = 500;

export const SEARCH_FIELDS = ['ti', 'ab', 'cl', 'pa', 'cpc', 'ipc', 'pd', 'ad'] as const;
export const SearchField = z.enum(SEARCH_FIELDS);
export type SearchField = z.infer<typeof SearchField>;

/** Why a query could not be read; the web app words each code (web/src/i18n/search-*.ts). */
export const SEARCH_SYNTAX_CODES = [
  'tooLong',
  'tooManyTerms',
  'tooDeep',
  'unknownField',
  'emptyValue',
  'unclosedQuote',
  'unclosedParenthesis',
  'unexpectedParenthesis',
  'missingOperand',
  'badDate',
  'badDateRange',
  'badClass',
  'reservedClaimWord',
] as const;
export const SearchSyntaxCode = z.enum(SEARCH_SYNTAX_CODES);
export type SearchSyntaxCode = z.infer<typeof SearchSyntaxCode>;

/** `details` of the 400 answer to a query that cannot be read. */
export const SearchSyntaxProblem = z.object({
  code: SearchSyntaxCode,
  /** 0-based character offset in `q` where the problem starts. */
  position: z.number().int().nonnegative(),
  /** The field the problem is in (`ad` of `ad:[2020 TO 2018]`); null outside a field. */
  field: z.string().nullable(),
});
export type SearchSyntaxProblem = z.infer<typeof SearchSyntaxProblem>;

export const FamilySearchQuery = z.object({
  q: z
    .string({ error: 'required: a search query such as ti:battery AND pa:"BYD"' })
    .trim()
    .min(1, 'enter a search query')
    .max(SEARCH_QUERY_MAX_LENGTH),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(SEARCH_PAGE_SIZE_MAX).default(20),
});
export type FamilySearchQuery = z.infer<typeof FamilySearchQuery>;

export const FamilyHit = z.object({
  familyId: z.string(),
  /** The family's first-published loaded member (publication date, then id). */
  representative: z.object({
    id: z.string(),
    title: z.object({ zh: z.string().nullable(), en: z.string().nullable() }),
    publicationDate: z.string().nullable(),
    applicationDate: z.string().nullable(),
    priorityDate: z.string().nullable(),
    /** Applicants of the representative in filing order. */
    applicants: z.array(z.string()),
  }),
  /** Loaded publications of the family (citation stubs left out). */
  memberCount: z.number().int(),
  /** Members that match the query themselves. */
  matchedMembers: z.number().int(),
  /** Filing offices of the loaded members, sorted. */
  offices: z.array(z.string()),
});
export type FamilyHit = z.infer<typeof FamilyHit>;

/** An applicant a `pa:` term found, and the spelling it matched by (its name, key or a recorded alias). */
export const MatchedApplicant = z.object({
  key: z.string(),
  name: z.string(),
  matchedBy: z.enum(['name', 'key', 'alias']),
  alias: z.string().nullable(),
});
export type MatchedApplicant = z.infer<typeof MatchedApplicant>;

/**
 * The query's top-level AND filters that the scope (graph-schema/dto/scope.ts) can hold: applicant
 * keys, one CPC and one IPC prefix, whole-year ranges on one date basis. `exact` is false when the
 * query has anything else (words, OR, NOT, a second class prefix, part-year dates); `left` lists
 * the fields the scope cannot hold.
 */
export const ScopeSuggestion = z.object({
  applicants: z.array(z.string()),
  cpc: z.string().nullable(),
  ipc: z.string().nullable(),
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  dateBasis: z.enum(['application', 'publication']).nullable(),
  exact: z.boolean(),
  left: z.array(z.string()),
});
export type ScopeSuggestion = z.infer<typeof ScopeSuggestion>;

export const FamilySearchResponse = z.object({
  q: z.string(),
  /** The query as read: operators upper-case, implicit ANDs written out, fields named. */
  interpreted: z.string(),
  totals: z.object({ families: z.number().int(), publications: z.number().int() }),
  page: z.number().int(),
  pageSize: z.number().int(),
  families: z.array(FamilyHit),
  /** Sort order of the families: latest matching publication first, then family id. */
  order: z.literal('latestPublicationDesc'),
  matchedApplicants: z.array(MatchedApplicant),
  /**
   * True when a term found more than one term may use (server/features/search/resolve.ts: full-text
   * hits, applicants): the totals are then a lower bound.
   */
  capped: z.boolean(),
  scope: ScopeSuggestion,
  dataVersion: z.string(),
  /** How to reproduce the numbers: this API path with the same `q`. */
  evidence: z.object({ apiPath: z.string(), fullTextIndex: z.string() }),
});
export type FamilySearchResponse = z.infer<typeof FamilySearchResponse>;
