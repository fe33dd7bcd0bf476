import type { Migration } from './migration';

/**
 * The search page's full-text index (server/features/search/resolve.ts): titles, abstracts and the
 * claims JSON, queried per field (`titleZh:"…"`), so `ti:`, `ab:` and `cl:` each search only their
 * own properties. Same CJK analyzer as `patent_text` (002): Chinese as bigrams, English as words.
 */
export const migration007: Migration = {
  id: '007-search-text',
  description: 'full-text index over titles, abstracts and claims for the search page',
  statements: [
    "CREATE FULLTEXT INDEX patent_search_text IF NOT EXISTS FOR (n:Patent) ON EACH [n.titleZh, n.titleEn, n.abstractZh, n.abstractEn, n.claimsJson] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
  ],
};
