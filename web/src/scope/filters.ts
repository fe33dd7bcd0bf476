/**
 * The scope filters shared by every view. Their names, types and checks are the contract's own
 * (ScopeFields / ScopeQuery in graph-schema/dto/scope.ts): this module loops over SCOPE_FIELDS and
 * parses with the schema, so a field added there reaches the URL state, the filter bar and every API
 * query without an edit here (app/scope-fields.test.ts proves it for each field).
 */
import { SCOPE_FIELDS, type ScopeField, ScopeFields, ScopeQuery } from '@graph-schema/dto/scope';

/** The scope's list fields (offices, applicant keys …), found by their type. */
type ListField = {
  [K in ScopeField]-?: NonNullable<ScopeQuery[K]> extends readonly unknown[] ? K : never;
}[ScopeField];

/**
 * The scope as the web holds it: ScopeQuery, except that list fields are always present, an empty
 * list meaning "all", so views never have to tell an absent list from an empty one.
 */
export type Filters = Omit<ScopeQuery, ListField> & Required<Pick<ScopeQuery, ListField>>;

/**
 * The schema's defaults (dateBasis) plus an empty list per list field (tsc asks for a new one here).
 * A value equal to its default stays out of URLs.
 */
export const DEFAULT_FILTERS: Filters = { ...ScopeFields.parse({}), jurisdiction: [], applicants: [] };

/** A value as a query string spells it: the contract's list fields are comma-separated. */
export type QueryValue = string | number | readonly string[];

export function queryText(value: QueryValue): string {
  return typeof value === 'object' ? value.join(',') : String(value);
}

function isDefault(field: ScopeField, value: QueryValue): boolean {
  return typeof value === 'object' ? value.length === 0 : value === DEFAULT_FILTERS[field];
}

/** Filters as query pairs, in the schema's order; defaults and empty values are left out to keep URLs short. */
export function filtersToPairs(filters: Filters): [ScopeField, string][] {
  const pairs: [ScopeField, string][] = [];
  for (const field of SCOPE_FIELDS) {
    const value = filters[field];
    if (value !== undefined && !isDefault(field, value)) pairs.push([field, queryText(value)]);
  }
  return pairs;
}

export interface FilterProblem {
  field: ScopeField;
  message: string;
}

export interface ParsedFilters {
  filters: Filters;
  /** Fields whose raw value was rejected (and dropped); empty when all is well. */
  problems: FilterProblem[];
}

export type RawFilters = Partial<Record<ScopeField, string>>;

/**
 * Reads raw strings (from a URL or a form), keeping every valid field and reporting the others:
 * first each field against its own schema, then the rules across fields (ScopeQuery's year range),
 * where the field a rule names is dropped.
 */
export function parseFilters(raw: RawFilters): ParsedFilters {
  const problems: FilterProblem[] = [];
  const accepted: RawFilters = {};
  for (const field of SCOPE_FIELDS) {
    const value = raw[field]?.trim() ?? '';
    if (value === '') continue;
    const result = ScopeFields.shape[field].safeParse(value);
    if (result.success) accepted[field] = value;
    else problems.push({ field, message: result.error.issues[0]?.message ?? 'invalid value' });
  }
  return { filters: applyScopeRules(accepted, problems), problems };
}

/** Parses the fields that passed on their own as a whole; each pass drops the fields a failed rule names. */
function applyScopeRules(accepted: RawFilters, problems: FilterProblem[]): Filters {
  for (;;) {
    const whole = ScopeQuery.safeParse(accepted);
    if (whole.success) return { ...DEFAULT_FILTERS, ...whole.data };
    let dropped = false;
    for (const issue of whole.error.issues) {
      const field = SCOPE_FIELDS.find((name) => name === issue.path[0]);
      if (field === undefined || accepted[field] === undefined) continue;
      problems.push({ field, message: issue.message });
      delete accepted[field];
      dropped = true;
    }
    // A rule that names no field still present cannot be met by dropping one: fall back to the defaults.
    if (!dropped) return { ...DEFAULT_FILTERS };
  }
}

/** Filters as raw strings, the inverse of parseFilters (used to merge a form into the current filters). */
export function filtersToRaw(filters: Filters): RawFilters {
  return Object.fromEntries(filtersToPairs(filters));
}
