/** Query parameters of the chain maps (both return `MapData`, graph-schema/dto/map.ts). */
import { z } from 'zod';
import { RequiredChainId } from './navigation-common';
import { ScopeFields, withScopeChecks } from './scope';

export const ChainPanoramaMapQuery = withScopeChecks(
  ScopeFields.extend({
    chain: RequiredChainId,
    weakBelow: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(5)
      .describe('leaf branches below this many families are weak links'),
  }),
);
export type ChainPanoramaMapQuery = z.infer<typeof ChainPanoramaMapQuery>;

export const ApplicantBranchMapQuery = withScopeChecks(
  ScopeFields.extend({
    chain: RequiredChainId,
    topApplicants: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(15)
      .describe('applicants shown; the others are aggregated into one node'),
  }),
);
export type ApplicantBranchMapQuery = z.infer<typeof ApplicantBranchMapQuery>;
