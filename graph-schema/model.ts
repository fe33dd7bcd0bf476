/**
 * The graph model as closed lists. Every label and relationship type used in Cypher comes from
 * here; anything else is rejected before a query is built (labels cannot be parameters).
 */
export const NODE_LABELS = [
  'Patent',
  'Family',
  'Applicant',
  'Inventor',
  'IPC',
  'CPC',
  'Office',
  'TechField',
  'TechBranch',
  'ChainSegment',
  'IndustryChain',
  'IngestRun',
  'Migration',
  /** A navigation project: its definition (graph-schema/dto/project.ts) as one stored document. */
  'Project',
  /** One ingest batch: a file loaded once, keyed by its sha256 checksum (shared between projects). */
  'Dataset',
  /** A view an analyst pinned to a project's report (graph-schema/dto/report.ts `Pin`). */
  'Pin',
  /** An infringement-risk screening (POST /api/fto with a project): its summary, kept for the project's report. */
  'FtoScreening',
  /** An analyst's hand include/exclude of a family in a leaf branch, per project (issue 13); never an edit of a TAGGED link. */
  'BranchOverride',
  /** An analyst's correct/incorrect verdict on one sampled hit of a leaf branch, per project (issue 13). */
  'BranchJudgement',
  /** An upload's background ingest job (server/features/ingest/job-store.ts): kept across restarts. */
  'IngestJob',
  /** A person who signs in (graph-schema/stored/accounts.ts): role, scrypt password hash, workspaces. */
  'User',
  /** A signed-in browser session, stored by the sha256 of its cookie value (never the value itself). */
  'Session',
  /** An API token for scripts, stored by the sha256 of the token (never the token itself). */
  'ApiToken',
  /** One audit-log line: who did what to which target, when, with which outcome. */
  'AuditEntry',
  /** A project's saved version of a leaf branch's tagging rules, with who/when/why (issue 13 rule editing). */
  'ChainRuleVersion',
  /** A leaf-branch tag given by a project's active rule version, keyed by family (never a TAGGED link). */
  'ProjectBranchTag',
  /** An analyst's merge of one applicant key into another (issue 13 applicant curation); keyed by applicant keys, never an edit of FILED_BY. */
  'ApplicantMerge',
  /** A project's effect dictionary (issue 13): its effects and phrases as one JSON property, and its version. */
  'EffectDictionary',
  /** An analyst's hand tag of a family for an effect of the tech–effect matrix, per project (issue 13). */
  'EffectTag',
  /** A client workspace (issue 14): datasets, projects and jobs belong to one; users are granted them. */
  'Workspace',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  /**
   * Patent links carry provenance (ingest/load/link-statements.ts): `source` (the format whose record
   * won by precedence), `sourceFile` and `datasets` (checksums of every dataset that stated the link).
   * (:Patent)-[:CITES {via}]->(:Patent): citing → cited (backward citation direction); `via` says
   * whether the citing record's list (`cites`) or the cited record's (`citedBy`) stated it.
   */
  'CITES',
  /** (:Patent)-[:FILED_BY {order, spellings, sourceFile}]->(:Applicant): the spellings this record used, from that file. */
  'FILED_BY',
  /** (:Patent)-[:OWNED_BY {order, spellings, sourceFile}]->(:Applicant): current owner / assignee where the source gives it. */
  'OWNED_BY',
  /** (:Patent)-[:INVENTED_BY {order}]->(:Inventor) */
  'INVENTED_BY',
  /** (:Patent)-[:CLASSIFIED_AS {inventive}]->(:IPC|CPC) at the most specific level given. */
  'CLASSIFIED_AS',
  /** (:IPC|CPC)-[:CHILD_OF]->(:IPC|CPC): subgroup → main group → subclass → class → section. */
  'CHILD_OF',
  /** (:Patent)-[:IN_FAMILY]->(:Family) */
  'IN_FAMILY',
  /** (:Patent)-[:FILED_IN]->(:Office) */
  'FILED_IN',
  /** (:Patent)-[:IN_FIELD]->(:TechField): WIPO technology field. */
  'IN_FIELD',
  /** (:Patent)-[:TAGGED {rule, chain}]->(:TechBranch): which rule of a chain definition matched. */
  'TAGGED',
  /** (:TechBranch)-[:PART_OF]->(:TechBranch|ChainSegment), (:ChainSegment)-[:PART_OF]->(:IndustryChain) */
  'PART_OF',
  /** (:Project)-[:USES_DATASET]->(:Dataset): a batch loaded for the project; several projects may share one. */
  'USES_DATASET',
  /** (:Project)-[:HAS_PIN]->(:Pin): a pin belongs to exactly one project and goes with it. */
  'HAS_PIN',
  /** (:FtoScreening)-[:SCREENED_FOR]->(:Project): a screening run in the project. */
  'SCREENED_FOR',
  /** (:Project)-[:HAS_OVERRIDE]->(:BranchOverride): goes with its project; keyed by branch and family ids, not by links to patents, so re-ingest never touches it. */
  'HAS_OVERRIDE',
  /** (:Project)-[:HAS_JUDGEMENT]->(:BranchJudgement): a precision-review verdict of the project. */
  'HAS_JUDGEMENT',
  /** (:Project)-[:HAS_RULE_VERSION]->(:ChainRuleVersion): a rule version the project saved; goes with it. */
  'HAS_RULE_VERSION',
  /** (:Project)-[:HAS_EFFECT_DICTIONARY]->(:EffectDictionary): goes with its project. */
  'HAS_EFFECT_DICTIONARY',
  /** (:Project)-[:HAS_EFFECT_TAG]->(:EffectTag): keyed by effect and family ids, so re-ingest never touches it. */
  'HAS_EFFECT_TAG',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

/** Returns the label unchanged when it is on the closed list; throws otherwise. */
export function assertNodeLabel(value: string): NodeLabel {
  if (!isNodeLabel(value)) throw new Error(`not a PatNav node label: ${JSON.stringify(value)}`);
  return value;
}

/** Bookkeeping, workspace and account labels: they describe runs, migrations, projects and users, not patents. */
const NOT_DOMAIN = [
  'IngestRun',
  'IngestJob',
  'Migration',
  'Project',
  'Dataset',
  'Pin',
  'FtoScreening',
  'BranchOverride',
  'BranchJudgement',
  'User',
  'Session',
  'ApiToken',
  'AuditEntry',
  'ChainRuleVersion',
  'ProjectBranchTag',
  'ApplicantMerge',
  'EffectDictionary',
  'EffectTag',
  'Workspace',
] as const;
type NotDomainLabel = (typeof NOT_DOMAIN)[number];

/** Labels that carry domain data (counted by /api/health); bookkeeping and project labels are left out. */
export const DOMAIN_LABELS = NODE_LABELS.filter(
  (label): label is Exclude<NodeLabel, NotDomainLabel> => !(NOT_DOMAIN as readonly string[]).includes(label),
);
