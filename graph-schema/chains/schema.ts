/**
 * The industry-chain definition format (one JSON file per chain), validated with zod.
 * Semantics of rules are documented in README.md; the invariants zod cannot express per field
 * (unique ids, levels matching depth, leaves carrying rules, known vocabularies) live in
 * `chain-invariants.ts`.
 */
import { SegmentKind } from '@graph-schema/vocabulary/chain-segment-kind';
import { z } from 'zod';
import { checkChainInvariants } from './chain-invariants';
import { patternProblem } from './classification-patterns';
import { formatJsonPath } from './json-path';

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lower-case letters, digits, ".", "_" or "-" (e.g. "ev-motor")');

const BilingualName = z.object({ zh: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();

const ClassificationPattern = z.string().superRefine((value, ctx) => {
  const problem = patternProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A keyword, a truncated English word (`vehicle*`) or a vocabulary reference (`@drone`). */
const KeywordTerm = z
  .string()
  .min(1)
  .refine((term) => term.trim() === term, 'keywords must not start or end with spaces')
  .refine((term) => !term.includes('|'), '"|" alternatives are only allowed in keywords.all');

/** One AND condition: alternatives separated by "|", e.g. "芯片|chip*|@processor". */
const AllCondition = z
  .string()
  .min(1)
  .refine(
    (condition) => condition.split('|').every((term) => term.length > 0 && term.trim() === term),
    'an AND condition is terms separated by "|" with no empty or space-padded term',
  );

export const ClassificationScheme = z.enum(['IPC', 'CPC', 'any']);
export type RuleScheme = z.infer<typeof ClassificationScheme>;

export const ChainRule = z
  .object({
    id: Id,
    classifications: z
      .object({
        include: z.array(ClassificationPattern).min(1),
        exclude: z.array(ClassificationPattern).optional(),
      })
      .strict()
      .optional(),
    keywords: z
      .object({
        any: z.array(KeywordTerm).min(1).optional(),
        all: z.array(AllCondition).min(1).optional(),
        exclude: z.array(KeywordTerm).min(1).optional(),
      })
      .strict()
      .optional(),
    /** Which classification schemes the patterns are checked against; default 'any'. */
    scheme: ClassificationScheme.optional(),
    /** Where the rule comes from when it differs from the chain's source. */
    source: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((rule) => rule.classifications || rule.keywords?.any || rule.keywords?.all, {
    message:
      'a rule needs classifications.include or keywords.any/keywords.all (exclusions alone match nothing)',
  });
export type ChainRule = z.infer<typeof ChainRule>;

export interface ChainBranch {
  id: string;
  level: 1 | 2 | 3;
  name: { zh: string; en: string };
  /** The branch number in the source document, e.g. CNIPA "1.2.1.1". */
  ref?: string | undefined;
  source?: string | undefined;
  note?: string | undefined;
  children?: ChainBranch[] | undefined;
  rules?: ChainRule[] | undefined;
}

export const ChainBranch: z.ZodType<ChainBranch> = z.lazy(() =>
  z
    .object({
      id: Id,
      level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      name: BilingualName,
      ref: z.string().min(1).optional(),
      source: z.string().min(1).optional(),
      note: z.string().optional(),
      children: z.array(ChainBranch).min(1).optional(),
      rules: z.array(ChainRule).min(1).optional(),
    })
    .strict(),
);

export const ChainSegment = z
  .object({ id: Id, kind: SegmentKind, name: BilingualName, branches: z.array(ChainBranch).min(1) })
  .strict();
export type ChainSegment = z.infer<typeof ChainSegment>;

export const ChainDefinition = z
  .object({
    $schema: z.string().optional(),
    id: Id,
    name: BilingualName,
    version: z.string().min(1),
    source: z.string().min(1),
    description: z.string().optional(),
    /** Named keyword lists, referenced from rules as "@name" so synonyms are kept in one place. */
    vocabularies: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.array(KeywordTerm).min(1)).optional(),
    segments: z.array(ChainSegment).min(1),
  })
  .strict()
  .superRefine(checkChainInvariants);
export type ChainDefinition = z.infer<typeof ChainDefinition>;

/** A definition problem, located by file and JSON path (`segments[0].branches[2].rules[0].id`). */
export interface ChainDefinitionError {
  file: string;
  path: string;
  message: string;
}

export function formatChainError(error: ChainDefinitionError): string {
  return `${error.file}: ${error.path || '(root)'}: ${error.message}`;
}

export type ValidationResult =
  | { ok: true; chain: ChainDefinition }
  | { ok: false; errors: ChainDefinitionError[] };

export function validateChainDefinition(input: unknown, file: string): ValidationResult {
  const parsed = ChainDefinition.safeParse(input);
  if (parsed.success) return { ok: true, chain: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({
    file,
    path: formatJsonPath(issue.path),
    message: issue.message,
  }));
  return { ok: false, errors };
}
