/** The scope every navigation query takes: which patents an answer is about, and by which date. */
import { z } from 'zod';
import { ProjectId } from './project-id';

export const DATE_BASES = ['priority', 'application', 'publication'] as const;
export const DateBasis = z.enum(DATE_BASES);
export type DateBasis = z.infer<typeof DateBasis>;

/** Comma-separated query-string list → trimmed, non-empty strings. */
const list = (item: z.ZodString, max: number) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p.length > 0),
    )
    .pipe(z.array(item).max(max));

const classPrefix = (example: string) =>
  z
    .string()
    .trim()
    .transform((s) => s.toUpperCase().replaceAll(' ', ''))
    .pipe(
      z
        .string()
        .regex(
          /^[A-HY]([0-9]{2}([A-Z]([0-9]{1,4}(\/[0-9]{0,6})?)?)?)?$/,
          `expected a prefix such as ${example}`,
        ),
    );

const ChainId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a chain id such as lithium-battery');
/** Branch and segment ids are chain-qualified: `lithium-battery:1.2`. */
const QualifiedId = z.string().regex(/^[a-z][a-z0-9-]*:[A-Za-z0-9._-]+$/, 'expected chain:id such as ev:1.2');

export const ScopeFields = z.object({
  from: z.coerce.number().int().min(1800).max(2100).optional().describe('first year, inclusive'),
  to: z.coerce.number().int().min(1800).max(2100).optional().describe('last year, inclusive'),
  dateBasis: DateBasis.default('priority').describe('which date places a patent in a year'),
  jurisdiction: list(z.string().regex(/^[A-Z]{2}$/, 'expected two-letter office codes such as CN,US,EP'), 50)
    .optional()
    .describe('filing offices, comma-separated: CN,US,EP'),
  cpc: classPrefix('B64C or H01M10/0525').optional().describe('CPC prefix'),
  ipc: classPrefix('H01M or H01M10/05').optional().describe('IPC prefix'),
  chain: ChainId.optional().describe('industry chain id'),
  segment: QualifiedId.optional().describe('chain segment id, e.g. lithium-battery:upstream'),
  branch: QualifiedId.optional().describe('technology branch id at any level, e.g. lithium-battery:1.2'),
  applicants: list(z.string().min(1).max(200), 50).optional().describe('applicant keys, comma-separated'),
  project: ProjectId.optional().describe(
    "project id: branch membership (chain, segment, branch) then honours that project's hand includes/excludes",
  ),
});

const fromNotAfterTo = (s: { from?: number | undefined; to?: number | undefined }) =>
  s.from === undefined || s.to === undefined || s.from <= s.to;

/** Extend ScopeFields with endpoint parameters, then apply this refinement. */
export const withScopeChecks = <T extends z.ZodType<{ from?: number | undefined; to?: number | undefined }>>(
  schema: T,
) => schema.refine(fromNotAfterTo, { message: 'from must not be after to', path: ['from'] });

export const ScopeQuery = withScopeChecks(ScopeFields);
export type ScopeQuery = z.infer<typeof ScopeFields>;

/**
 * The scope's field names in declaration order, read from the schema itself: every list of scope
 * fields (cache keys, the server's filter conditions, the in-memory landscape's allow-list, the web
 * filters) starts here, so a field added to the schema cannot be forgotten in one of them.
 */
export const SCOPE_FIELDS = ScopeFields.keyof().options;
export type ScopeField = (typeof SCOPE_FIELDS)[number];

/** Only the scope fields of a route query (which also carries paging and preset parameters). */
export function pickScope(query: ScopeQuery): ScopeQuery {
  // Every key comes from SCOPE_FIELDS and every value from the same key of a ScopeQuery.
  return Object.fromEntries(SCOPE_FIELDS.map((field) => [field, query[field]])) as ScopeQuery;
}
