/**
 * The filters a view gets while a project is open: the project's scope (projectScope in
 * graph-schema/dto/project.ts) for every field the URL does not set itself, so an explicit URL
 * still restores a view exactly and a project only fills in what the link leaves open.
 */
import { type ProjectDefinition, projectScope } from '@graph-schema/dto/project';
import { SCOPE_FIELDS } from '@graph-schema/dto/scope';
import { DEFAULT_FILTERS, type Filters, filtersToRaw, parseFilters, type RawFilters } from './filters';

/** `search` is the page's query string: a scope field present there wins over the project's. */
export function filtersWithProject(
  search: string,
  urlFilters: Filters,
  definition: ProjectDefinition,
): Filters {
  const params = new URLSearchParams(search);
  const fromProject = filtersToRaw({ ...DEFAULT_FILTERS, ...projectScope(definition) });
  const fromUrl = filtersToRaw(urlFilters);
  const merged: RawFilters = {};
  for (const field of SCOPE_FIELDS) {
    const value = params.has(field) ? fromUrl[field] : (fromProject[field] ?? fromUrl[field]);
    if (value !== undefined) merged[field] = value;
  }
  return parseFilters(merged).filters;
}
