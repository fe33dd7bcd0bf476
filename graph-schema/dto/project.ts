/**
 * Navigation projects (issue 11): what a project is, as the API, the export file and the stored
 * node all carry it. `ProjectDefinition` is what a user edits; `Project` adds what the server keeps
 * (timestamps, the datasets loaded for it); `ProjectFile` is the one-JSON-file export. Later
 * slices (web project UI, pins, report generator) build on these shapes: add fields as optional
 * and bump `PROJECT_SCHEMA_VERSION` when a file of the old version would be read differently.
 */
import { z } from 'zod';
import { EffectDictionaryFile } from './effect-dictionary';
import { ProjectId } from './project-id';
import { ProjectFileReview } from './project-review';
import { Pin } from './report';
import { DateBasis, ScopeFields, type ScopeQuery } from './scope';

export const PROJECT_SCHEMA_VERSION = 1;

/** The five navigation types of GB/T 39551-2020 practice, closed, with their Chinese and English names. */
export const NAVIGATION_TYPES = {
  regional: { zh: '区域规划类', en: 'regional planning' },
  industry: { zh: '产业规划类', en: 'industry planning' },
  enterprise: { zh: '企业经营类', en: 'enterprise operation' },
  rnd: { zh: '研发活动类', en: 'R&D activity' },
  talent: { zh: '人才管理类', en: 'talent management' },
} as const;
export type NavigationType = keyof typeof NAVIGATION_TYPES;
export const NAVIGATION_TYPE_IDS = Object.keys(NAVIGATION_TYPES) as [NavigationType, ...NavigationType[]];
export const NavigationType = z.enum(NAVIGATION_TYPE_IDS);

export { ProjectId };
export const ProjectIdParams = z.object({ id: ProjectId });

/** An applicant as the graph keys it (vocabulary/parties.ts) with the name shown to people. */
export const ApplicantRef = z.strictObject({
  key: z.string().min(1).max(200),
  name: z.string().min(1).max(300),
});
export type ApplicantRef = z.infer<typeof ApplicantRef>;

const shape = ScopeFields.shape;

/**
 * The technology boundary: the scope's own field checks (chain id, chain-qualified segment and
 * branch ids, CPC/IPC prefixes), as lists where a project names several. The CPC/IPC check is the
 * scope's, after its normalisation (`.out`): a project states prefixes in canonical form (`H01M10/0525`,
 * upper case, no spaces), because every schema here also serialises responses, and a one-way
 * transform cannot be encoded.
 */
export const TechnologyBoundary = z.strictObject({
  chain: shape.chain.unwrap().nullable().default(null),
  segments: z.array(shape.segment.unwrap()).max(50).default([]),
  branches: z.array(shape.branch.unwrap()).max(200).default([]),
  cpc: z.array(shape.cpc.unwrap().out).max(200).default([]),
  ipc: z.array(shape.ipc.unwrap().out).max(200).default([]),
});
export type TechnologyBoundary = z.infer<typeof TechnologyBoundary>;

const Year = z.number().int().min(1800).max(2100);

export const ProjectDefinition = z
  .strictObject({
    schemaVersion: z.literal(PROJECT_SCHEMA_VERSION).default(PROJECT_SCHEMA_VERSION),
    name: z.string().trim().min(1).max(200),
    client: z.string().trim().max(200).nullable().default(null),
    navigationType: NavigationType,
    boundary: TechnologyBoundary.default({ chain: null, segments: [], branches: [], cpc: [], ipc: [] }),
    offices: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'expected two-letter office codes such as CN'))
      .max(50)
      .default([]),
    years: z.strictObject({ from: Year.nullable(), to: Year.nullable() }).default({ from: null, to: null }),
    dateBasis: DateBasis.default('priority'),
    target: ApplicantRef.nullable().default(null),
    competitors: z.array(ApplicantRef).max(100).default([]),
    ownApplicants: z.array(ApplicantRef).max(100).default([]),
    notes: z.string().max(20_000).default(''),
  })
  .refine((p) => p.years.from === null || p.years.to === null || p.years.from <= p.years.to, {
    message: 'from must not be after to',
    path: ['years', 'from'],
  });
export type ProjectDefinitionInput = z.input<typeof ProjectDefinition>;
export type ProjectDefinition = z.output<typeof ProjectDefinition>;

export const DATASET_STATES = ['read', 'loaded', 'quarantined'] as const;

/** One ingest batch as recorded by the pipeline (graph-schema/stored/projects.ts DatasetNode). */
export const DatasetRecord = z.strictObject({
  /** sha256 of the file's bytes, lower-case hex: the batch's identity. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 in lower-case hex'),
  fileName: z.string().min(1),
  /** The reader that read it (ingest/formats.ts), e.g. `lens`, `incopat`. */
  format: z.string().min(1),
  sizeBytes: z.number().int().nonnegative(),
  /** The platform that exported it, where the format names one (null for a format several platforms write). */
  exporter: z.string().nullable(),
  /** The export date where the file states it; null otherwise. */
  exportDate: z.string().nullable(),
  /** When this file was last ingested (ISO date-time); re-ingesting the same bytes updates it. */
  importedAt: z.string(),
  read: z.number().int().nonnegative(),
  loaded: z.number().int().nonnegative(),
  quarantined: z.number().int().nonnegative(),
});
export type DatasetRecord = z.infer<typeof DatasetRecord>;

export const Project = z.strictObject({
  id: ProjectId,
  definition: ProjectDefinition,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Ordered by import time, oldest first. */
  datasets: z.array(DatasetRecord),
  /** The client workspace it belongs to (issue 14): only users granted it see the project; the server always sends it. */
  workspace: z.string().optional(),
});
export type Project = z.infer<typeof Project>;

/** `POST /api/projects` and the import: the workspace the project goes to (default: `default` when you may see it, else your first). */
export const WorkspaceChoice = z.object({
  workspace: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'expected a workspace id')
    .optional(),
});

export const ProjectSummary = Project.omit({ definition: true, datasets: true }).extend({
  name: z.string(),
  client: z.string().nullable(),
  navigationType: NavigationType,
  datasetCount: z.number().int().nonnegative(),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

/** A pin as the export file carries it: the project it belongs to is the file's own. */
export const ProjectFilePin = Pin.omit({ project: true });
export type ProjectFilePin = z.infer<typeof ProjectFilePin>;

/** The export file: one project with its dataset records and report pins, importable elsewhere. */
export const ProjectFile = z.strictObject({
  schemaVersion: z.literal(PROJECT_SCHEMA_VERSION),
  kind: z.literal('patnav-project'),
  exportedAt: z.string(),
  id: ProjectId,
  definition: ProjectDefinition,
  datasets: z.array(DatasetRecord).max(10_000),
  /**
   * The report pins (graph-schema/dto/report.ts) without their project id, which is the file's;
   * optional, so a version-1 file written before pins existed still reads.
   */
  pins: z.array(ProjectFilePin).max(2_000).optional(),
  /** The branch review's overrides and judgements (issue 13); optional like `pins`. */
  branchReview: ProjectFileReview.optional(),
  /** The project's effect dictionary and hand tags (graph-schema/dto/effect-dictionary.ts), once edited; optional like pins. */
  effectDictionary: EffectDictionaryFile.optional(),
});
export type ProjectFile = z.infer<typeof ProjectFile>;

/**
 * What an import does when the file's id is already a project here: `fail` (default, 409
 * CONFLICT with `reason: idExists`), `copy` (a new id, the rest as in the file) or `replace`
 * (the stored definition and dataset links become the file's).
 */
export const ImportQuery = WorkspaceChoice.extend({
  onConflict: z.enum(['fail', 'copy', 'replace']).default('fail'),
});

export const ImportResult = z.strictObject({
  project: Project,
  /** The file's id when `copy` gave the project a new one; else null. */
  replacedId: z.string().nullable(),
  /** Checksums of dataset records that were already in this graph (their patents are loaded here). */
  datasetsPresent: z.array(z.string()),
  /** Dataset records created from the file alone: their patents are not in this graph until the file is ingested. */
  datasetsRecordedOnly: z.array(z.string()),
});

/** A delete must name the project: `?confirm=<project name>` or the body `{ "confirm": "<name>" }`. */
export const DeleteConfirmation = z.object({ confirm: z.string().optional() });

export const DeleteResult = z.strictObject({
  deleted: z.strictObject({ project: ProjectId, datasetLinks: z.number().int().nonnegative() }),
  /** What stayed: dataset records (shared with other projects or with the graph) and every patent. */
  kept: z.strictObject({
    datasets: z.array(z.string()),
    sharedWithProjects: z.array(ProjectId),
    note: z.string(),
  }),
});

/**
 * The navigation scope a project implies, for the analysis endpoints: offices, years, date basis,
 * chain, and a segment/branch/CPC/IPC only where the boundary names exactly one (the scope takes
 * one of each). `applicants` is left out: the target and competitors are compared, not filtered.
 */
export function projectScope(definition: ProjectDefinition): ScopeQuery {
  const one = <T>(list: readonly T[]) => (list.length === 1 ? list[0] : undefined);
  const scope: ScopeQuery = { dateBasis: definition.dateBasis };
  const set = <K extends keyof ScopeQuery>(key: K, value: ScopeQuery[K] | null | undefined) => {
    if (value !== undefined && value !== null) scope[key] = value;
  };
  set('from', definition.years.from);
  set('to', definition.years.to);
  if (definition.offices.length > 0) scope.jurisdiction = definition.offices;
  set('chain', definition.boundary.chain);
  set('segment', one(definition.boundary.segments));
  set('branch', one(definition.boundary.branches));
  set('cpc', one(definition.boundary.cpc));
  set('ipc', one(definition.boundary.ipc));
  return scope;
}

/**
 * The scope of a project's own analyses (its report): the definition's scope plus the project id,
 * so branch membership honours the project's hand includes and excludes (issue 13).
 */
export function projectAnalysisScope(project: { id: string; definition: ProjectDefinition }): ScopeQuery {
  return { ...projectScope(project.definition), project: project.id };
}
