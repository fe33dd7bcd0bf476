import { z } from 'zod';
import { ScopeFields, withScopeChecks } from './scope';

export const ApplicantCpcMapQuery = withScopeChecks(
  ScopeFields.extend({
    topApplicants: z.coerce.number().int().min(1).max(200).default(20).describe('how many top applicants'),
    topClasses: z.coerce.number().int().min(1).max(200).default(30).describe('how many CPC subclasses'),
  }),
);
export type ApplicantCpcMapQuery = z.infer<typeof ApplicantCpcMapQuery>;
