import { z } from 'zod';

/** What a publication protects; `unknown` when neither the kind code nor the source says. */
export const PATENT_TYPES = ['invention', 'utility_model', 'design', 'unknown'] as const;
export const PatentType = z.enum(PATENT_TYPES);
export type PatentType = z.infer<typeof PatentType>;
