/**
 * A branch rule's precision estimate (issue 13), shared by the branch review and by every view that
 * shows a branch (panorama, gaps): the views flag a branch whose estimate is under the threshold.
 */
import { z } from 'zod';

export const PRECISION_THRESHOLD = 0.8;

/** `unreviewed`: nothing judged yet; `low`: the point estimate is under 80 % (GB/T 39551 practice). */
export const PrecisionFlag = z.enum(['unreviewed', 'ok', 'low']);
export type PrecisionFlag = z.infer<typeof PrecisionFlag>;

export const Precision = z.object({
  judged: z.number().int(),
  correct: z.number().int(),
  /** correct / judged; null when nothing is judged. */
  estimate: z.number().nullable(),
  /** Wilson score interval at 95 % (z = 1.96); null when nothing is judged. */
  low: z.number().nullable(),
  high: z.number().nullable(),
  threshold: z.number(),
  precisionFlag: PrecisionFlag,
  method: z.string(),
});
export type Precision = z.infer<typeof Precision>;
