/**
 * The project form's values ⇄ a ProjectDefinition (graph-schema/dto/project.ts). Pure: lists typed
 * as text are split at commas (ASCII or full-width) and spaces, codes upper-cased (CPC/IPC prefixes
 * and offices are canonical upper case in the contract), and the contract's own schema checks the result.
 */
import {
  type ApplicantRef,
  type NavigationType,
  ProjectDefinition,
  type ProjectDefinitionInput,
} from '@graph-schema/dto/project';
import type { DateBasis } from '@graph-schema/dto/scope';

export interface ProjectFormValues {
  name: string;
  client: string;
  navigationType: NavigationType;
  chain: string;
  segments: string[];
  branches: string[];
  cpc: string;
  ipc: string;
  offices: string;
  yearFrom: string;
  yearTo: string;
  dateBasis: DateBasis;
  target: ApplicantRef | null;
  competitors: ApplicantRef[];
  ownApplicants: ApplicantRef[];
  notes: string;
}

/** What is wrong, worded by the form in the UI's language (`form.problem.<kind>`), never zod's English. */
export type ProblemKind =
  | 'required'
  | 'tooLong'
  | 'tooMany'
  | 'atLeast'
  | 'atMost'
  | 'format'
  | 'yearOrder'
  | 'invalid';

export interface FormProblem {
  /** The form field the problem belongs to (a key of ProjectFormValues). */
  field: keyof ProjectFormValues;
  kind: ProblemKind;
  /** The bound broken (a length, a count or a year), for the message; undefined when there is none. */
  limit?: number | undefined;
}

interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
}

/** A contract issue → the kind of problem the form words: by zod's issue code and what it checked. */
export function problemOf(issue: SchemaIssue): Pick<FormProblem, 'kind' | 'limit'> {
  const bound = (value: unknown) =>
    typeof value === 'number' || typeof value === 'bigint' ? Number(value) : undefined;
  if (issue.code === 'too_small' && issue.origin === 'string') return { kind: 'required' };
  if (issue.code === 'too_small') return { kind: 'atLeast', limit: bound(issue.minimum) };
  if (issue.code === 'too_big' && issue.origin === 'array')
    return { kind: 'tooMany', limit: bound(issue.maximum) };
  if (issue.code === 'too_big' && issue.origin === 'string')
    return { kind: 'tooLong', limit: bound(issue.maximum) };
  if (issue.code === 'too_big') return { kind: 'atMost', limit: bound(issue.maximum) };
  if (issue.code === 'invalid_format') return { kind: 'format' };
  // The one refinement of ProjectDefinition: the year range's order, reported on years.from.
  if (issue.code === 'custom' && issue.path[0] === 'years') return { kind: 'yearOrder' };
  return { kind: 'invalid' };
}

export function splitCodes(text: string): string[] {
  return text
    .split(/[,，、\s]+/)
    .map((part) => part.trim().toUpperCase())
    .filter((part) => part !== '');
}

function year(text: string): number | null {
  return text.trim() === '' ? null : Number(text.trim());
}

export function definitionInput(values: ProjectFormValues): ProjectDefinitionInput {
  return {
    name: values.name,
    client: values.client.trim() === '' ? null : values.client,
    navigationType: values.navigationType,
    boundary: {
      chain: values.chain === '' ? null : values.chain,
      segments: values.segments,
      branches: values.branches,
      cpc: splitCodes(values.cpc),
      ipc: splitCodes(values.ipc),
    },
    offices: splitCodes(values.offices),
    years: { from: year(values.yearFrom), to: year(values.yearTo) },
    dateBasis: values.dateBasis,
    target: values.target,
    competitors: values.competitors,
    ownApplicants: values.ownApplicants,
    notes: values.notes,
  };
}

/** Which form field a contract path (e.g. `boundary.cpc.0`, `years.from`) belongs to. */
function fieldOf(path: readonly PropertyKey[]): keyof ProjectFormValues {
  const [first, second] = path;
  if (first === 'boundary' && typeof second === 'string') return second as keyof ProjectFormValues;
  if (first === 'years') return second === 'to' ? 'yearTo' : 'yearFrom';
  return (typeof first === 'string' ? first : 'name') as keyof ProjectFormValues;
}

export function checkForm(
  values: ProjectFormValues,
): { ok: true; definition: ProjectDefinitionInput } | { ok: false; problems: FormProblem[] } {
  const definition = definitionInput(values);
  const result = ProjectDefinition.safeParse(definition);
  if (result.success) return { ok: true, definition };
  const problems = result.error.issues.map(
    (issue): FormProblem => ({ field: fieldOf(issue.path), ...problemOf(issue as SchemaIssue) }),
  );
  return { ok: false, problems };
}

export function formValues(definition: ProjectDefinition | undefined): ProjectFormValues {
  const d = definition ?? ProjectDefinition.parse({ name: '-', navigationType: 'industry' });
  return {
    name: definition === undefined ? '' : d.name,
    client: d.client ?? '',
    navigationType: d.navigationType,
    chain: d.boundary.chain ?? '',
    segments: d.boundary.segments,
    branches: d.boundary.branches,
    cpc: d.boundary.cpc.join(', '),
    ipc: d.boundary.ipc.join(', '),
    offices: d.offices.join(', '),
    yearFrom: d.years.from === null ? '' : String(d.years.from),
    yearTo: d.years.to === null ? '' : String(d.years.to),
    dateBasis: d.dateBasis,
    target: d.target,
    competitors: d.competitors,
    ownApplicants: d.ownApplicants,
    notes: d.notes,
  };
}
