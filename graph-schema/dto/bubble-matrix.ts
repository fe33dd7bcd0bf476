/**
 * The applicant × class/branch bubble matrix (GET /api/maps/bubble-matrix): rows = the top applicants
 * of a scope by families, columns = CPC/IPC codes at one level or the leaf branches of a chain,
 * each cell = the families of that applicant in that column, with its growth (recent vs earlier
 * window) and its RTA. Every number can be recomputed from `evidence` (the API path and the Cypher).
 */
import { z } from 'zod';
import { ScopeFields, withScopeChecks } from './scope';

export const BubbleMatrixAxis = z.enum(['cpc', 'ipc', 'branch']);
export type BubbleMatrixAxis = z.infer<typeof BubbleMatrixAxis>;

/** CPC/IPC hierarchy levels: H (section), H01 (class), H01M (subclass), H01M10 (main group). */
export const ClassLevel = z.enum(['section', 'class', 'subclass', 'group']);
export type ClassLevel = z.infer<typeof ClassLevel>;

export const BubbleMatrixQuery = withScopeChecks(
  ScopeFields.extend({
    axis: BubbleMatrixAxis.default('cpc').describe(
      'columns: CPC or IPC codes, or the leaf branches of `chain`',
    ),
    level: ClassLevel.default('subclass').describe(
      'code level of the CPC/IPC columns (ignored for branches)',
    ),
    topApplicants: z.coerce
      .number()
      .int()
      .min(1)
      .max(50)
      .default(15)
      .describe('rows: top applicants by families'),
    topColumns: z.coerce
      .number()
      .int()
      .min(1)
      .max(60)
      .default(20)
      .describe('columns: top by families of the rows'),
    window: z.coerce.number().int().min(1).max(10).default(3).describe('years in each growth window'),
  }),
);
export type BubbleMatrixQuery = z.infer<typeof BubbleMatrixQuery>;

export const BubbleMatrixCellQuery = withScopeChecks(
  ScopeFields.extend({
    axis: BubbleMatrixAxis.default('cpc'),
    level: ClassLevel.default('subclass'),
    applicant: z.string().min(1).describe('applicant key (a row of the matrix)'),
    column: z.string().min(1).describe('column code or branch id'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
);
export type BubbleMatrixCellQuery = z.infer<typeof BubbleMatrixCellQuery>;

const Evidence = z.object({
  /** The API path (with its query string) that gives these numbers. */
  path: z.string(),
  /** The Cypher that counts them (parameters as in `params`). */
  cypher: z.string(),
  params: z.record(z.string(), z.unknown()),
});

export const BubbleMatrixRow = z.object({
  key: z.string(),
  name: z.string(),
  /** The applicant's families in scope with at least one code/branch of the axis (RTA denominator). */
  families: z.number(),
});

export const BubbleMatrixColumn = z.object({
  id: z.string(),
  /** Code, or the branch name in English and Chinese. */
  label: z.string(),
  labelZh: z.string(),
  /** Families of ALL applicants in scope in this column (RTA reference). */
  families: z.number(),
});

export const BubbleMatrixCell = z.object({
  applicant: z.string(),
  column: z.string(),
  families: z.number(),
  /** Families whose earliest year (date basis) falls in the recent / earlier window. */
  recent: z.number(),
  earlier: z.number(),
  /** (recent − earlier) / earlier; null when the earlier window is empty. */
  growth: z.number().nullable(),
  /** (cell / row families) / (column families / all families in scope); null when undefined. */
  rta: z.number().nullable(),
});
export type BubbleMatrixCell = z.infer<typeof BubbleMatrixCell>;

export const BubbleMatrixResponse = z.object({
  axis: BubbleMatrixAxis,
  level: ClassLevel,
  dateBasis: z.enum(['priority', 'application', 'publication']),
  /** Growth windows (inclusive years); null when the scope has no dated families. */
  window: z
    .object({ earlierFrom: z.number(), earlierTo: z.number(), recentFrom: z.number(), recentTo: z.number() })
    .nullable(),
  rows: z.array(BubbleMatrixRow),
  columns: z.array(BubbleMatrixColumn),
  /** Only non-empty cells, rows then columns in the order above. */
  cells: z.array(BubbleMatrixCell),
  /** Families in scope with at least one column value, all applicants (RTA denominator). */
  scopeFamilies: z.number(),
  totalApplicants: z.number(),
  totalColumns: z.number(),
  truncated: z.boolean(),
  evidence: Evidence,
});
export type BubbleMatrixResponse = z.infer<typeof BubbleMatrixResponse>;

export const BubbleMatrixCellFamily = z.object({
  familyId: z.string(),
  /** The family member with the smallest publication id (what the patent drawer opens). */
  representativeId: z.string(),
  titleEn: z.string().nullable(),
  titleZh: z.string().nullable(),
  year: z.number().nullable(),
});

export const BubbleMatrixCellResponse = z.object({
  total: z.number(),
  families: z.array(BubbleMatrixCellFamily),
  truncated: z.boolean(),
  evidence: Evidence,
});
export type BubbleMatrixCellResponse = z.infer<typeof BubbleMatrixCellResponse>;
