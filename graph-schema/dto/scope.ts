/** The scope every navigation query takes: which patents an answer is about, and by which date. */
import { z } from 'zod';

export const DATE_BASES = ['priority', 'application', 'publication'] as const;
export const DateBasis = z.enum(DATE_BASES);
export type DateBasis = z.infer<typeof DateBasis>;

/** Comma-separated query-string list → trimmed, upper-cased, non-empty strings. */
const codeList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((p) => p.trim().toUpperCase())
      .filter((p) => p.length > 0),
  )
  .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, 'expected two-letter office codes')).max(50));

export const ScopeQuery = z
  .object({
    from: z.coerce.number().int().min(1800).max(2100).optional().describe('first year, inclusive'),
    to: z.coerce.number().int().min(1800).max(2100).optional().describe('last year, inclusive'),
    dateBasis: DateBasis.default('priority').describe('which date places a patent in a year'),
    jurisdiction: codeList.optional().describe('filing offices, e.g. CN,US,EP'),
    cpc: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-HY][0-9]{0,2}[A-Z]?[0-9/]*$/, 'expected a CPC prefix such as B64C or H01M10')
      .optional()
      .describe('CPC prefix'),
  })
  .refine((s) => s.from === undefined || s.to === undefined || s.from <= s.to, {
    message: 'from must not be after to',
    path: ['from'],
  });
export type ScopeQuery = z.infer<typeof ScopeQuery>;
