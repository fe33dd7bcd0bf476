import type { Migration } from './migration';

/**
 * Applicant curation (graph-schema/stored/applicant-merges.ts): merge record ids, the look-ups of
 * active merges by member and by target, and the derived entity key every entity filter matches on.
 */
export const migration012: Migration = {
  id: '012-applicant-merges',
  description: 'uniqueness of applicant merge ids; indexes on merge member/target and Applicant.entityKey',
  statements: [
    'CREATE CONSTRAINT applicant_merge_id IF NOT EXISTS FOR (n:ApplicantMerge) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX applicant_merge_member IF NOT EXISTS FOR (n:ApplicantMerge) ON (n.member, n.active)',
    'CREATE INDEX applicant_merge_into IF NOT EXISTS FOR (n:ApplicantMerge) ON (n.into, n.active)',
    'CREATE INDEX applicant_entity_key IF NOT EXISTS FOR (n:Applicant) ON (n.entityKey)',
  ],
};
