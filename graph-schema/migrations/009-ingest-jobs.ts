import type { Migration } from './migration';

/** Upload jobs stored so a restart does not lose them (graph-schema/stored/bookkeeping.ts): their MERGE key. */
export const migration009: Migration = {
  id: '009-ingest-jobs',
  description: 'uniqueness constraint on ingest job ids',
  statements: ['CREATE CONSTRAINT ingest_job_id IF NOT EXISTS FOR (n:IngestJob) REQUIRE n.id IS UNIQUE'],
};
