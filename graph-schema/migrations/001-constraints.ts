import type { Migration } from './migration';

/** Uniqueness constraints: the keys every MERGE in the loader relies on (and their indexes). */
export const migration001: Migration = {
  id: '001-constraints',
  description: 'uniqueness constraints on every node key',
  statements: [
    'CREATE CONSTRAINT patent_id IF NOT EXISTS FOR (n:Patent) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT family_id IF NOT EXISTS FOR (n:Family) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT applicant_key IF NOT EXISTS FOR (n:Applicant) REQUIRE n.key IS UNIQUE',
    'CREATE CONSTRAINT inventor_key IF NOT EXISTS FOR (n:Inventor) REQUIRE n.key IS UNIQUE',
    'CREATE CONSTRAINT ipc_code IF NOT EXISTS FOR (n:IPC) REQUIRE n.code IS UNIQUE',
    'CREATE CONSTRAINT cpc_code IF NOT EXISTS FOR (n:CPC) REQUIRE n.code IS UNIQUE',
    'CREATE CONSTRAINT office_code IF NOT EXISTS FOR (n:Office) REQUIRE n.code IS UNIQUE',
    'CREATE CONSTRAINT techfield_id IF NOT EXISTS FOR (n:TechField) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT techbranch_id IF NOT EXISTS FOR (n:TechBranch) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT chainsegment_id IF NOT EXISTS FOR (n:ChainSegment) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT industrychain_id IF NOT EXISTS FOR (n:IndustryChain) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT ingestrun_id IF NOT EXISTS FOR (n:IngestRun) REQUIRE n.id IS UNIQUE',
  ],
};
