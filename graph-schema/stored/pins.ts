/**
 * Report pins: one (:Pin) per pinned view, linked from its project by HAS_PIN. The snapshot (SVG
 * and/or table, size-limited by graph-schema/dto/report.ts `PinSnapshot`) is one JSON string
 * property, because Neo4j stores no nested maps.
 */
import { z } from 'zod';
import { PinInput, PinSnapshot } from '../dto/report';
import { jsonProperty } from '../vocabulary/stored-json';

export const PinSnapshotJson = jsonProperty(PinSnapshot);

export const PinNode = z.strictObject({
  id: z.uuid(),
  view: PinInput.shape.view,
  state: PinInput.shape.state,
  title: PinInput.shape.title,
  dataVersion: PinInput.shape.dataVersion,
  comment: z.string(),
  chapter: PinInput.shape.chapter,
  /** Position within its chapter, 0-based and dense (every write renumbers the chapter). */
  order: z.number().int().nonnegative(),
  snapshotJson: z.string().min(2),
  /** Neo4j `DateTime`s set by the writes. */
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type PinNode = z.infer<typeof PinNode>;
