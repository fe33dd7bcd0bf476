import { z } from 'zod';

/** A calendar day `YYYY-MM-DD`: how dates travel outside Neo4j (stored as Neo4j `Date`). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
