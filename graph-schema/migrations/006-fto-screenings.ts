import type { Migration } from './migration';

/** Infringement-risk screenings recorded under a project (graph-schema/stored/fto-screenings.ts): their MERGE key. */
export const migration006: Migration = {
  id: '006-fto-screenings',
  description: 'uniqueness constraint on FTO screening ids',
  statements: [
    'CREATE CONSTRAINT fto_screening_id IF NOT EXISTS FOR (n:FtoScreening) REQUIRE n.id IS UNIQUE',
  ],
};
