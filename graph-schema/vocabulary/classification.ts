/** IPC and CPC: the two schemes, and the levels of their hierarchy (one node label per scheme). */
import { z } from 'zod';

export const CLASSIFICATION_SCHEMES = ['IPC', 'CPC'] as const;
export const ClassificationScheme = z.enum(CLASSIFICATION_SCHEMES);
export type ClassificationScheme = z.infer<typeof ClassificationScheme>;

/** Broadest first: H → H01 → H01M → H01M10/00 → H01M10/0525. */
export const CLASSIFICATION_LEVELS = ['section', 'class', 'subclass', 'main_group', 'subgroup'] as const;
export const ClassificationLevel = z.enum(CLASSIFICATION_LEVELS);
export type ClassificationLevel = z.infer<typeof ClassificationLevel>;
