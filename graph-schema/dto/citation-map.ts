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
    positions: z
      .enum(['force', 'none'])
      .default('force')
      .describe(
        'force: ForceAtlas2 positions above 300 nodes (default); none: no positions, for clients that place the nodes themselves (the technology route orders them by year)',
      ),
  }),
);
export type CitationMapQuery = z.infer<typeof CitationMapQuery>;
