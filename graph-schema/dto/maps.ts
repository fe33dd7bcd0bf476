import { z } from 'zod';
import { ScopeQuery } from './scope';

export const ApplicantCpcMapQuery = ScopeQuery.and(
  z.object({
    applicants: z.coerce.number().int().min(1).max(200).default(20).describe('how many top applicants'),
    classes: z.coerce.number().int().min(1).max(200).default(30).describe('how many CPC subclasses'),
  }),
);
export type ApplicantCpcMapQuery = z.infer<typeof ApplicantCpcMapQuery>;
