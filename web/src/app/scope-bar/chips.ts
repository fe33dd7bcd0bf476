/**
 * The active scope filters as removable chips. Pure: which chips a scope has and the scope left
 * after removing one. Removing a level of the chain tree removes the levels below it (a branch
 * without its chain would be a scope no picker can show).
 */
import type { ScopeField } from '@graph-schema/dto/scope';
import { DEFAULT_FILTERS, type Filters, filtersToPairs } from '@web/src/scope/filters';

export interface ScopeChip {
  field: ScopeField;
  /** One value: a list field (offices, applicants) gives one chip per item. */
  value: string;
}

export function scopeChips(filters: Filters): ScopeChip[] {
  // The project has its own bar (project-bar.ts) and an id is no text for people: no chip.
  return filtersToPairs(filters).flatMap(([field, text]): ScopeChip[] => {
    if (field === 'project') return [];
    const value = filters[field];
    if (Array.isArray(value)) return value.map((item: string) => ({ field, value: item }));
    return [{ field, value: text }];
  });
}

/** The scope without this chip's value. */
export function withoutChip(filters: Filters, chip: ScopeChip): Filters {
  switch (chip.field) {
    case 'applicants':
      return { ...filters, applicants: filters.applicants.filter((key) => key !== chip.value) };
    case 'jurisdiction':
      return { ...filters, jurisdiction: filters.jurisdiction.filter((code) => code !== chip.value) };
    case 'chain':
      return { ...filters, chain: undefined, segment: undefined, branch: undefined };
    case 'segment':
      return { ...filters, segment: undefined, branch: undefined };
    case 'dateBasis':
      return { ...filters, dateBasis: DEFAULT_FILTERS.dateBasis };
    default:
      return { ...filters, [chip.field]: undefined };
  }
}
