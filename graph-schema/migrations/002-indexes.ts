import type { Migration } from './migration';

/** Range indexes for the scope filters (years per date basis, office, family) and a CJK full-text index. */
export const migration002: Migration = {
  id: '002-indexes',
  description: 'scope filter indexes and the bilingual full-text index',
  statements: [
    'CREATE INDEX patent_priority_year IF NOT EXISTS FOR (n:Patent) ON (n.priorityYear)',
    'CREATE INDEX patent_application_year IF NOT EXISTS FOR (n:Patent) ON (n.applicationYear)',
    'CREATE INDEX patent_publication_year IF NOT EXISTS FOR (n:Patent) ON (n.publicationYear)',
    'CREATE INDEX patent_jurisdiction IF NOT EXISTS FOR (n:Patent) ON (n.jurisdiction)',
    'CREATE INDEX patent_family IF NOT EXISTS FOR (n:Patent) ON (n.familyId)',
    'CREATE INDEX patent_external IF NOT EXISTS FOR (n:Patent) ON (n.external)',
    'CREATE INDEX applicant_name IF NOT EXISTS FOR (n:Applicant) ON (n.name)',
    // The cjk analyzer indexes Chinese as character bigrams and English as words.
    "CREATE FULLTEXT INDEX patent_text IF NOT EXISTS FOR (n:Patent) ON EACH [n.titleZh, n.titleEn, n.abstractZh, n.abstractEn] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
  ],
};
