import type { Migration } from './migration';

/**
 * Branch review (graph-schema/stored/branch-review.ts): MERGE keys of overrides and judgements, and
 * the lookup every project-scoped branch count makes (project + family → overrides).
 */
export const migration008: Migration = {
  id: '008-branch-review',
  description: 'uniqueness of branch override and judgement ids; index on override project + family',
  statements: [
    'CREATE CONSTRAINT branch_override_id IF NOT EXISTS FOR (n:BranchOverride) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT branch_judgement_id IF NOT EXISTS FOR (n:BranchJudgement) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX branch_override_project_family IF NOT EXISTS FOR (n:BranchOverride) ON (n.project, n.family)',
  ],
};
