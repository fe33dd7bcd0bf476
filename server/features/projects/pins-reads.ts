/** Reads of report pins: a project's pins in report order (chapter as REPORT_CHAPTER_IDS, then position). */
import type { Database } from '@graph-schema/db/driver';
import { type Pin, REPORT_CHAPTER_IDS, ReportChapterId } from '@graph-schema/dto/report';
import { PinNode, PinSnapshotJson } from '@graph-schema/stored/pins';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';

/** The Pin DTO columns of `pin` (its project is the caller's `$project`). */
export const PIN_COLUMNS = `pin.id AS id, pin.view AS view, pin.state AS state, pin.title AS title,
  pin.dataVersion AS dataVersion, pin.comment AS comment, pin.chapter AS chapter, pin.order AS order,
  pin.snapshotJson AS snapshotJson, toString(pin.createdAt) AS createdAt, toString(pin.updatedAt) AS updatedAt`;

export const PinRow = PinNode.omit({ snapshotJson: true, createdAt: true, updatedAt: true }).extend({
  chapter: ReportChapterId,
  snapshotJson: PinSnapshotJson,
  createdAt: z.string(),
  updatedAt: z.string(),
});
type PinRow = z.infer<typeof PinRow>;

export function pinOfRow(project: string, row: PinRow): Pin {
  const { snapshotJson, ...rest } = row;
  return { ...rest, project, snapshot: snapshotJson };
}

const chapterRank = new Map(REPORT_CHAPTER_IDS.map((id, index) => [id, index]));

/** Report order; the id breaks a tie so the order is total even if positions were ever equal. */
export function byReportOrder(a: Pin, b: Pin): number {
  return (
    chapterRank.get(a.chapter)! - chapterRank.get(b.chapter)! ||
    a.order - b.order ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

const LIST_PINS = `
MATCH (:Project {id: $project})-[:HAS_PIN]->(pin:Pin)
RETURN ${PIN_COLUMNS}`;

export async function listPins(db: Database, project: string): Promise<Pin[]> {
  const rows = await readRows(db, PinRow, LIST_PINS, { project });
  return rows.map((row) => pinOfRow(project, row)).sort(byReportOrder);
}

const GET_PIN = `
MATCH (:Project {id: $project})-[:HAS_PIN]->(pin:Pin {id: $id})
RETURN ${PIN_COLUMNS}`;

/** Null when the project has no such pin (a pin of another project is not found either). */
export async function readPin(db: Database, project: string, id: string): Promise<Pin | null> {
  const [row] = await readRows(db, PinRow, GET_PIN, { project, id });
  return row ? pinOfRow(project, row) : null;
}
