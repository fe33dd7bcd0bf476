/** Technology routes: the main path of the citation DAG (SPC weights) as map data. */
import { z } from 'zod';
import { MapData } from './map';
import { ScopeFields, withScopeChecks } from './scope';

export const MAIN_PATH_VARIANTS = ['local-forward', 'global', 'key-route'] as const;

export const MainPathQuery = withScopeChecks(
  ScopeFields.extend({
    variant: z.enum(MAIN_PATH_VARIANTS).default('key-route').describe('local-forward | global | key-route'),
    k: z.coerce
      .number()
      .int()
      .min(1)
      .max(50)
      .default(10)
      .describe('key-route: how many top-SPC edges seed it'),
  }),
);
export type MainPathQuery = z.infer<typeof MainPathQuery>;

export const MainPathPatent = z.object({
  patentId: z.string(),
  familyId: z.string(),
  year: z.number().nullable(),
  title: z.string().nullable(),
  applicant: z.string().nullable(),
  /** In the top share of the scope's default core ranking. */
  core: z.boolean(),
});

/**
 * Nodes are families (id = representative publication), edges point along the knowledge flow
 * (cited → citing) with weight = SPC; positions: x by priority year, y spread within a year.
 * `note` is always set: how many citation links were dropped and why, or why there is no path.
 */
export const MainPathResponse = MapData.extend({
  variant: z.enum(MAIN_PATH_VARIANTS),
  /** Citations dropped to make the graph acyclic before counting paths (= the sum of `droppedLinks`). */
  brokenCycleEdges: z.number().int(),
  /**
   * Why they were dropped (also in `note`): against priority time (the citing family's earliest
   * priority is earlier than the cited one's), and in cycles among same-day or undated families.
   * The path's links therefore never run backwards between dated families.
   */
  droppedLinks: z.object({ againstTime: z.number().int(), inCycles: z.number().int() }),
  /** Path families in knowledge-flow (topological) order. */
  path: z.array(MainPathPatent),
  totals: z.object({ families: z.number().int(), citationEdges: z.number().int() }),
});
export type MainPathResponse = z.infer<typeof MainPathResponse>;
