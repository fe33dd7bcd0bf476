import type { Migration } from './migration';

/** Navigation projects and ingest batches (graph-schema/stored/projects.ts): their MERGE keys. */
export const migration004: Migration = {
  id: '004-projects',
  description: 'uniqueness constraints on project ids and dataset checksums',
  statements: [
    'CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT dataset_checksum IF NOT EXISTS FOR (n:Dataset) REQUIRE n.checksum IS UNIQUE',
  ],
};
