/**
 * The scope filters shared by every view. They use the API's own parameter names (ScopeFields in
 * graph-schema/dto/scope.ts), so the same pairs serve the page URL and the API query, and they are
 * validated with the API's own zod schemas.
 */
import { type DateBasis, ScopeFields } from '@graph-schema/dto/scope';

export interface Filters {
  from?: number;
  to?: number;
  dateBasis: DateBasis;
  /** Two-letter office codes, upper case. Empty = all offices. */
  jurisdiction: string[];
  cpc?: string;
  ipc?: string;
  chain?: string;
  segment?: string;
  branch?: string;
  /** Applicant keys. Empty = all applicants. */
  applicants: string[];
}

type ScopeKey = keyof typeof ScopeFields.shape;

/** Every scope parameter the API takes, in URL order (filters.test.ts checks none is missing). */
export const FILTER_KEYS = [
  'from',
  'to',
  'dateBasis',
  'jurisdiction',
  'cpc',
  'ipc',
  'chain',
  'segment',
  'branch',
  'applicants',
] as const satisfies readonly ScopeKey[];
export type FilterKey = (typeof FILTER_KEYS)[number];

export const DEFAULT_FILTERS: Filters = { dateBasis: 'priority', jurisdiction: [], applicants: [] };

/** Filters as query pairs; defaults and empty values are left out to keep URLs short. */
export function filtersToPairs(filters: Filters): [FilterKey, string][] {
  const pairs: [FilterKey, string][] = [];
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'dateBasis' && value === DEFAULT_FILTERS.dateBasis) continue;
    pairs.push([key, Array.isArray(value) ? value.join(',') : String(value)]);
  }
  return pairs;
}

export interface FilterProblem {
  field: FilterKey;
  message: string;
}

export interface ParsedFilters {
  filters: Filters;
  /** Fields whose raw value was rejected (and dropped); empty when all is well. */
  problems: FilterProblem[];
}

/** The part of a zod schema used here; keeps this module free of zod's generic types. */
interface FieldSchema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
}

/** Reads raw strings (from a URL or a form), keeping every valid field and reporting the others. */
export function parseFilters(raw: Partial<Record<FilterKey, string>>): ParsedFilters {
  const problems: FilterProblem[] = [];
  const parse = <T>(field: FilterKey, schema: FieldSchema<T | undefined>): T | undefined => {
    const value = raw[field]?.trim() ?? '';
    if (value === '') return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    problems.push({ field, message: result.error.issues[0]?.message ?? 'invalid value' });
    return undefined;
  };
  const fields = ScopeFields.shape;
  const filters: Filters = {
    dateBasis: parse('dateBasis', fields.dateBasis) ?? DEFAULT_FILTERS.dateBasis,
    jurisdiction: parse('jurisdiction', fields.jurisdiction) ?? [],
    applicants: parse('applicants', fields.applicants) ?? [],
  };
  const optional = {
    to: parse('to', fields.to),
    cpc: parse('cpc', fields.cpc),
    ipc: parse('ipc', fields.ipc),
  };
  const chainScope = {
    chain: parse('chain', fields.chain),
    segment: parse('segment', fields.segment),
    branch: parse('branch', fields.branch),
  };
  for (const [key, value] of Object.entries({ ...optional, ...chainScope })) {
    if (value !== undefined) Object.assign(filters, { [key]: value });
  }
  const from = parse('from', fields.from);
  if (from !== undefined && filters.to !== undefined && from > filters.to) {
    problems.push({ field: 'from', message: 'from must not be after to' });
  } else if (from !== undefined) {
    filters.from = from;
  }
  return { filters, problems };
}

/** Filters as raw strings, the inverse of parseFilters (used to merge a form into the current filters). */
export function filtersToRaw(filters: Filters): Partial<Record<FilterKey, string>> {
  return Object.fromEntries(filtersToPairs(filters));
}
