/** Claims as stored: a Patent's `claimsJson` is a JSON array of these, in claim order. */
import { z } from 'zod';
import { jsonProperty } from './stored-json';

export const Claim = z.object({
  number: z.number().int().positive(),
  text: z.string(),
  /** Claim numbers this claim refers to; empty = independent claim. */
  dependsOn: z.array(z.number().int().positive()),
  lang: z.enum(['zh', 'en', 'other']).optional(),
});
export type Claim = z.infer<typeof Claim>;

/**
 * The `claimsJson` property: ingest writes it with `ClaimsJson.encode(claims)`, readers decode it
 * with `ClaimsJson.parse(json)` (or use it as the column's schema in a row schema).
 */
export const ClaimsJson = jsonProperty(z.array(Claim));
