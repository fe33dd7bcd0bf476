import type { Migration } from './migration';

/**
 * One full-text index instead of two (docs/decisions/2026-12-05-one-full-text-index.md):
 * `patent_search_text` (007) indexes the same four title and abstract properties as `patent_text`
 * (002) plus the claims, with the same analyzer, so the header search asks it for those four fields
 * by name. Every patent write and every bulk load built both; the second was ~30 % of the bulk
 * load's migrations at 100k.
 */
export const migration015: Migration = {
  id: '015-one-text-index',
  description: 'drop patent_text: the header search reads the four fields from patent_search_text',
  statements: ['DROP INDEX patent_text IF EXISTS'],
};
