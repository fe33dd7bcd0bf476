import { z } from 'zod';

/** Where a segment sits in an industry chain (上游 / 中游 / 下游). */
export const SEGMENT_KINDS = ['upstream', 'midstream', 'downstream'] as const;
export const SegmentKind = z.enum(SEGMENT_KINDS);
export type SegmentKind = z.infer<typeof SegmentKind>;
