/** Legal events as stored: a Patent's `legalEventsJson` is a JSON array of these, as the source lists them. */
import { z } from 'zod';
import { IsoDate } from './iso-date';
import { jsonProperty } from './stored-json';

export const LegalEvent = z.object({
  date: IsoDate.optional(),
  /** The source's event code or label (`LIC`, `未缴年费`, `transfer`). */
  code: z.string(),
  description: z.string().optional(),
});
export type LegalEvent = z.infer<typeof LegalEvent>;

/**
 * The `legalEventsJson` property: ingest writes it with `LegalEventsJson.encode(events)`, readers
 * decode it with `LegalEventsJson.parse(json)` (or use it as the column's schema in a row schema).
 */
export const LegalEventsJson = jsonProperty(z.array(LegalEvent));
