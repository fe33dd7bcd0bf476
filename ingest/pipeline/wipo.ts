/**
 * WIPO technology fields for the loader: writes the (:TechField) nodes once per run and returns
 * the per-record tagger, or null (with a logged warning) when the concordance table is absent.
 */
import type { Database } from '@graph-schema/db/driver';
import { writeRows } from '@graph-schema/db/tx';
import { TechFieldNode } from '@graph-schema/stored/classification';
import { loadWipoFields, tagWipoFields, type WipoField } from '../chains/wipo-fields';
import type { FieldTag } from '../load/rows';
import { checkNode } from '../load/stored-rows';
import type { PatentRecord } from '../record';

const MERGE_FIELDS = `
UNWIND $rows AS row
MERGE (f:TechField {id: row.id})
SET f.name = row.name, f.sector = row.sector, f.scheme = $scheme`;

const SCHEME = 'WIPO-35';

export const wipoFieldId = (field: WipoField) => `wipo:${field.fieldId}`;

export async function prepareWipoFields(
  db: Database | null,
  log: (line: string) => void,
): Promise<((record: PatentRecord) => FieldTag[]) | null> {
  const loaded = await loadWipoFields();
  if (!loaded.table) {
    log(`WIPO technology fields unavailable: ${loaded.warning}`);
    return null;
  }
  const table = loaded.table;
  if (db) {
    const fields = new Map<string, WipoField>();
    for (const field of table.byPrefix.values()) fields.set(wipoFieldId(field), field);
    const rows = [...fields.entries()].map(([id, f]) => ({ id, name: f.fieldName, sector: f.sector }));
    for (const row of rows) checkNode('TechField', TechFieldNode, row.id, { ...row, scheme: SCHEME });
    await writeRows(db, MERGE_FIELDS, { rows, scheme: SCHEME });
  }
  return (record) => tagWipoFields(record, table).map((field) => ({ fieldId: wipoFieldId(field) }));
}
