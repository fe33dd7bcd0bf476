import type { Migration } from './migration';

/**
 * Project rule versions (graph-schema/stored/rule-versions.ts): MERGE keys of saved rule versions
 * and of the project's own tags, and the lookup every project-scoped branch count makes
 * (project + family → the project's tags).
 */
export const migration011: Migration = {
  id: '011-rule-versions',
  description:
    'uniqueness of chain rule version and project branch tag ids; index on project tag project + family',
  statements: [
    'CREATE CONSTRAINT chain_rule_version_id IF NOT EXISTS FOR (n:ChainRuleVersion) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT project_branch_tag_id IF NOT EXISTS FOR (n:ProjectBranchTag) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX project_branch_tag_project_family IF NOT EXISTS FOR (n:ProjectBranchTag) ON (n.project, n.family)',
    'CREATE INDEX chain_rule_version_project_branch IF NOT EXISTS FOR (n:ChainRuleVersion) ON (n.project, n.branch)',
  ],
};
