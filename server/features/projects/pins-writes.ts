/**
 * Writes of report pins, each in one managed write transaction (retried as a whole: MERGE on the
 * id, whole-value SETs). Positions stay dense: every write that moves or removes a pin renumbers
 * the chapters it touched 0..n-1, so "the end of a chapter" is always its pin count.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '@graph-schema/db/driver';
import type { ProjectFilePin } from '@graph-schema/dto/project';
import { type Pin, PinInput, type PinPatch, type ReportChapterId } from '@graph-schema/dto/report';
import { PinNode, PinSnapshotJson } from '@graph-schema/stored/pins';
import { txRows, writeTransaction } from '@server/platform/db/write';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { byReportOrder, PIN_COLUMNS, PinRow, pinOfRow } from './pins-reads';

type Tx = ManagedTransaction;

/** The node's properties, checked against the stored model before they are written. */
function pinProperties(id: string, input: z.output<typeof PinInput>, order: number) {
  const { snapshot, ...fields } = input;
  return PinNode.parse({ id, ...fields, order, snapshotJson: z.encode(PinSnapshotJson, snapshot) });
}

// A new pin goes to the end of its chapter; a retried attempt finds itself excluded from the count.
const CREATE_PIN = `
MATCH (p:Project {id: $project})
WITH p, COUNT { (p)-[:HAS_PIN]->(x:Pin {chapter: $pin.chapter}) WHERE x.id <> $pin.id } AS end
MERGE (pin:Pin {id: $pin.id})
ON CREATE SET pin.createdAt = datetime()
SET pin += $pin, pin.order = end, pin.updatedAt = datetime()
MERGE (p)-[:HAS_PIN]->(pin)
RETURN ${PIN_COLUMNS}`;

/** Null when there is no such project. */
export async function createPin(db: Database, project: string, input: PinInput): Promise<Pin | null> {
  const properties = pinProperties(randomUUID(), PinInput.parse(input), 0);
  const [row] = await writeTransaction(db, (tx) =>
    txRows(tx, PinRow, CREATE_PIN, { project, pin: properties }),
  );
  return row ? pinOfRow(project, row) : null;
}

const CHAPTER_IDS = `
MATCH (:Project {id: $project})-[:HAS_PIN]->(x:Pin {chapter: $chapter}) WHERE x.id <> $except
RETURN x.id AS id ORDER BY x.order, x.id`;

const RENUMBER = `
UNWIND range(0, size($ids) - 1) AS position
MATCH (:Project {id: $project})-[:HAS_PIN]->(x:Pin {id: $ids[position]})
SET x.order = position`;

/** The ids of a chapter's pins in position order, leaving out `except`. */
async function chapterIds(tx: Tx, project: string, chapter: ReportChapterId, except: string) {
  const rows = await txRows(tx, z.object({ id: z.string() }), CHAPTER_IDS, { project, chapter, except });
  return rows.map((row) => row.id);
}

const renumber = (tx: Tx, project: string, ids: string[]) => tx.run(RENUMBER, { project, ids });

const GET_PIN = `MATCH (:Project {id: $project})-[:HAS_PIN]->(pin:Pin {id: $id}) RETURN ${PIN_COLUMNS}`;
const SET_PIN = `
MATCH (:Project {id: $project})-[:HAS_PIN]->(pin:Pin {id: $id})
SET pin.comment = $comment, pin.chapter = $chapter, pin.updatedAt = datetime()`;

/**
 * Edits a pin's comment and moves it (another chapter and/or position). An `order` past the end
 * puts it last; a chapter change without `order` puts it at the end of the new chapter. Null when
 * the project has no such pin.
 */
export async function updatePin(
  db: Database,
  project: string,
  id: string,
  patch: PinPatch,
): Promise<Pin | null> {
  return writeTransaction(db, async (tx) => {
    const [current] = await txRows(tx, PinRow, GET_PIN, { project, id });
    if (!current) return null;
    const chapter = patch.chapter ?? current.chapter;
    const moved = chapter !== current.chapter;
    const others = await chapterIds(tx, project, chapter, id);
    const wanted = patch.order ?? (moved ? others.length : current.order);
    others.splice(Math.min(wanted, others.length), 0, id);
    await tx.run(SET_PIN, { project, id, chapter, comment: patch.comment ?? current.comment });
    await renumber(tx, project, others);
    if (moved) await renumber(tx, project, await chapterIds(tx, project, current.chapter, id));
    const [updated] = await txRows(tx, PinRow, GET_PIN, { project, id });
    return updated ? pinOfRow(project, updated) : null;
  });
}

const DELETE_PIN = `
MATCH (:Project {id: $project})-[:HAS_PIN]->(pin:Pin {id: $id})
WITH pin, pin.chapter AS chapter
DETACH DELETE pin
RETURN chapter`;

/** False when the project has no such pin; the chapter's later pins move up one place. */
export async function deletePin(db: Database, project: string, id: string): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
    const [deleted] = await txRows(tx, z.object({ chapter: PinRow.shape.chapter }), DELETE_PIN, {
      project,
      id,
    });
    if (!deleted) return false;
    await renumber(tx, project, await chapterIds(tx, project, deleted.chapter, id));
    return true;
  });
}

/** Deletes a project's pins (only its own: a pin belongs to one project); used by the project delete. */
export const DELETE_PROJECT_PINS = 'MATCH (:Project {id: $id})-[:HAS_PIN]->(pin:Pin) DETACH DELETE pin';

const TAKEN_IDS = `
MATCH (pin:Pin) WHERE pin.id IN $ids AND NOT EXISTS { (:Project {id: $project})-[:HAS_PIN]->(pin) }
RETURN pin.id AS id`;

const IMPORT_PINS = `
MATCH (p:Project {id: $project})
UNWIND $pins AS row
MERGE (pin:Pin {id: row.properties.id})
SET pin += row.properties, pin.createdAt = coalesce(datetime(row.createdAt), datetime()),
    pin.updatedAt = coalesce(datetime(row.updatedAt), datetime())
MERGE (p)-[:HAS_PIN]->(pin)`;

/** A file's timestamp when it is one; a hand-edited file's other text becomes "now" on import. */
const isoOrNull = (text: string) => (Number.isNaN(Date.parse(text)) ? null : text);

/**
 * Inside an import's transaction: the project's pins become the file's. `freshIds` (onConflict=copy)
 * gives every pin a new id; a file id already used by another project's pin gets a new one too, so
 * an import never takes a pin away from another project. Positions are renumbered dense per chapter.
 */
export async function replacePinsTx(
  tx: Tx,
  project: string,
  pins: readonly ProjectFilePin[],
  freshIds: boolean,
): Promise<void> {
  await tx.run(DELETE_PROJECT_PINS, { id: project });
  const taken = await txRows(tx, z.object({ id: z.string() }), TAKEN_IDS, {
    project,
    ids: pins.map((pin) => pin.id),
  });
  const takenIds = new Set(taken.map((row) => row.id));
  const sorted = pins.map((pin) => ({ ...pin, project })).sort(byReportOrder);
  const positions = new Map<ReportChapterId, number>();
  const rows = sorted.map(({ project: _, id, createdAt, updatedAt, order: __, ...input }) => {
    const order = positions.get(input.chapter) ?? 0;
    positions.set(input.chapter, order + 1);
    const newId = freshIds || takenIds.has(id) ? randomUUID() : id;
    return {
      properties: pinProperties(newId, input, order),
      createdAt: isoOrNull(createdAt),
      updatedAt: isoOrNull(updatedAt),
    };
  });
  await tx.run(IMPORT_PINS, { project, pins: rows });
}
