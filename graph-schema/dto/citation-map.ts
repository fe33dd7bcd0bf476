/** The citation map: the top families of a scope by core score and the citations among them. */
import { z } from 'zod';
import { ScopeFields, withScopeChecks } from './scope';

export const CitationMapQuery = withScopeChecks(
  ScopeFields.extend({
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(2000)
      .default(300)
      .describe('how many families (top by core score)'),
  }),
);
export type CitationMapQuery = z.infer<typeof CitationMapQuery>;
