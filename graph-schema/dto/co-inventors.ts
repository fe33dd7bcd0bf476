/**
 * The co-inventor network (合作发明网络): the top inventors of a scope as nodes, a link between two
 * of them weighted by the families they co-invented. Bounded by `top`; says who was left out.
 */
import { z } from 'zod';
import { MapExplanation, NoteExplanation } from './explanation';
import { DateBasis, ScopeFields, withScopeChecks } from './scope';

export const CoInventorNetworkQuery = withScopeChecks(
  ScopeFields.extend({
    top: z.coerce
      .number()
      .int()
      .min(2)
      .max(200)
      .default(50)
      .describe('inventors in the network: the top ones by families in the scope'),
    minSharedFamilies: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(1)
      .describe('families two inventors must share to be linked'),
  }),
);
export type CoInventorNetworkQuery = z.infer<typeof CoInventorNetworkQuery>;

const ApplicantShare = z.object({ key: z.string(), name: z.string(), families: z.number().int() });

export const CoInventorNetworkResponse = z.object({
  dateBasis: DateBasis,
  /** What node sizes and link weights count, with the date basis. */
  basis: MapExplanation,
  /** Inventors in the scope, before the `top` cut. */
  scopeInventors: z.number().int(),
  inventors: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      families: z.number().int(),
      /** The inventor's applicants by families (most first, at most 3). */
      applicants: z.array(ApplicantShare),
    }),
  ),
  /** `source` < `target` (inventor keys); one link per pair. */
  links: z.array(z.object({ source: z.string(), target: z.string(), sharedFamilies: z.number().int() })),
  linkRule: NoteExplanation,
  truncated: z.object({ inventors: z.boolean(), leftOut: z.number().int() }),
  /** Present when inventors were left out: how many, and that their links are not drawn. */
  note: MapExplanation.optional(),
});
export type CoInventorNetworkResponse = z.infer<typeof CoInventorNetworkResponse>;
