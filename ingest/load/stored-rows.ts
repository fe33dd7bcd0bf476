/**
 * The loader's rows checked against graph-schema's stored model: each row is mapped to the node
 * properties its statement (statements.ts) sets, and parsed with that label's schema. Records were
 * validated when read, so a row that fails is a bug in the rows builder: it throws, naming the
 * label, the row's key and every property that does not fit, before anything reaches Neo4j.
 */
import type { NodeLabel } from '@graph-schema/model';
import { CpcNode, IpcNode } from '@graph-schema/stored/classification';
import { ApplicantNode, InventorNode } from '@graph-schema/stored/parties';
import { FamilyNode, OfficeNode, PatentNode, RECORD_PROPERTIES } from '@graph-schema/stored/patent';
import { z } from 'zod';
import type { BatchRows, ClassNodeRow, PartyRow } from './rows';

export class StoredRowError extends Error {
  constructor(
    readonly label: NodeLabel,
    readonly key: string,
    problems: string,
  ) {
    super(`${label} row ${JSON.stringify(key)} does not fit the stored model:\n${problems}`);
    this.name = 'StoredRowError';
  }
}

/** Parses one node's properties with its label's schema; throws StoredRowError when they do not fit. */
export function checkNode(label: NodeLabel, schema: z.ZodType, key: string, node: unknown): void {
  const parsed = schema.safeParse(node);
  if (!parsed.success) throw new StoredRowError(label, key, z.prettifyError(parsed.error));
}

const recordMask = Object.fromEntries(RECORD_PROPERTIES.map((property) => [property, true])) as {
  [P in (typeof RECORD_PROPERTIES)[number]]: true;
};
/** What MERGE_PATENTS sets from a record (it adds `external` and `updatedAt` itself). */
export const RecordPatentStored = PatentNode.omit({ external: true, updatedAt: true }).required(recordMask);
/**
 * The same, with the JSON columns checked as strings only: rows.ts writes them with their codec's
 * `encode` (ClaimsJson, LegalEventsJson), which validates the value against the very schema a
 * decode would, so parsing the JSON back here only repeated that check (5.5 of the 9.8 s of
 * toBatchRows' CPU at 100k families). RecordPatentStored stays the reference (stored-rows.test.ts).
 */
const RecordPatent = RecordPatentStored.extend({
  claimsJson: z.string().optional(),
  legalEventsJson: z.string().optional(),
});
/** What MERGE_CITATIONS creates for a publication known only from a citation. */
const CitedPatent = PatentNode.pick({ id: true, office: true });

const partyNode = (row: PartyRow) => ({
  key: row.key,
  name: row.name,
  kind: row.kind,
  aliases: row.spellings,
});
const inventorNode = (row: PartyRow) => ({ key: row.key, name: row.name, aliases: row.spellings });
const classNode = (row: ClassNodeRow) => ({ code: row.code, level: row.level });
/** A parent is MERGEd by its code; its own row (every level has one) sets its level. */
const ParentCode = IpcNode.pick({ code: true });

export function checkBatchRows(rows: BatchRows): void {
  for (const row of rows.patents) {
    const family = { familyId: row.familyId, familyKind: row.familyKind };
    checkNode('Patent', RecordPatent, row.id, { id: row.id, ...row.props, ...family });
    checkNode('Office', OfficeNode, row.id, { code: row.office });
  }
  for (const row of rows.families) {
    checkNode('Family', FamilyNode, row.id, { id: row.familyId, kind: row.familyKind });
  }
  for (const row of rows.familyMembers) {
    const family = { id: row.familyId, kind: row.familyKind, memberIds: row.members };
    checkNode('Family', FamilyNode, row.familyId, family);
  }
  for (const row of rows.applicants) checkNode('Applicant', ApplicantNode, row.key, partyNode(row));
  for (const row of rows.inventors) checkNode('Inventor', InventorNode, row.key, inventorNode(row));
  for (const [label, schema, list] of [
    ['IPC', IpcNode, rows.ipcNodes],
    ['CPC', CpcNode, rows.cpcNodes],
  ] as const) {
    for (const row of list) {
      checkNode(label, schema, row.code, classNode(row));
      if (row.parent) checkNode(label, ParentCode, row.code, { code: row.parent });
    }
  }
  for (const row of rows.citations) {
    checkNode('Patent', CitedPatent, row.from, { id: row.from, office: row.from.slice(0, 2) });
    checkNode('Patent', CitedPatent, row.to, { id: row.to, office: row.toOffice });
  }
}
