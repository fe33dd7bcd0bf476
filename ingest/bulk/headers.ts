/**
 * Column specs of the bulk CSV files, derived from graph-schema's stored model: each node label's
 * properties and their Neo4j types (numbers are written as doubles because the incremental loader
 * sends JavaScript numbers, which the driver stores as floats; dates as Neo4j `Date`).
 */

import { IpcNode } from '@graph-schema/stored/classification';
import { ApplicantNode, InventorNode } from '@graph-schema/stored/parties';
import { FamilyNode, PATENT_DATE_PROPERTIES, PatentNode } from '@graph-schema/stored/patent';
import type { z } from 'zod';
import type { Column, ColumnType } from './csv-writer';

interface ZodDef {
  type: string;
  innerType?: { _zod: { def: ZodDef } };
}

function typeOf(schema: { _zod: { def: ZodDef } }, name: string, dates: readonly string[]): ColumnType {
  let def = schema._zod.def;
  while (def.type === 'optional' && def.innerType) def = def.innerType._zod.def;
  if (dates.includes(name)) return 'date';
  if (def.type === 'number') return 'double';
  if (def.type === 'boolean') return 'boolean';
  if (def.type === 'array') return 'string[]';
  return 'string';
}

/** The node file's columns: the key as the import id (stored as that property), then every other property. */
function nodeColumns(
  label: string,
  schema: z.ZodObject,
  key: string,
  extra: { dates?: readonly string[]; datetimes?: readonly string[] } = {},
): Column[] {
  const shape = schema.shape as Record<string, { _zod: { def: ZodDef } }>;
  const columns: Column[] = [{ name: key, type: `ID(${label})` }];
  for (const [name, property] of Object.entries(shape)) {
    if (name === key) continue;
    const type = extra.datetimes?.includes(name) ? 'datetime' : typeOf(property, name, extra.dates ?? []);
    columns.push({ name, type });
  }
  return columns;
}

export const PATENT_COLUMNS = nodeColumns('Patent', PatentNode, 'id', {
  dates: PATENT_DATE_PROPERTIES,
  datetimes: ['updatedAt'],
});
export const FAMILY_COLUMNS = nodeColumns('Family', FamilyNode, 'id');
export const APPLICANT_COLUMNS = nodeColumns('Applicant', ApplicantNode, 'key');
export const INVENTOR_COLUMNS = nodeColumns('Inventor', InventorNode, 'key');
export const classColumns = (label: 'IPC' | 'CPC') => nodeColumns(label, IpcNode, 'code');
export const OFFICE_COLUMNS: Column[] = [{ name: 'code', type: 'ID(Office)' }];
/**
 * The chain branches and WIPO fields that tags point at, by id only: the importer needs the ends
 * of TAGGED / IN_FIELD, and the ontology writers (load/chains.ts, pipeline/wipo.ts) MERGE on the id
 * after the restart and set every other property, as on the incremental path.
 */
export const BRANCH_COLUMNS: Column[] = [{ name: 'id', type: 'ID(TechBranch)' }];
export const FIELD_COLUMNS: Column[] = [{ name: 'id', type: 'ID(TechField)' }];

const ends = (from: string, to: string): Column[] => [
  { name: '', type: `START_ID(${from})` },
  { name: '', type: `END_ID(${to})` },
];
/** What every ingest link records (graph-schema/model.ts): the winning source, its file, its datasets. */
const PROVENANCE: Column[] = [
  { name: 'source', type: 'string' },
  { name: 'sourceFile', type: 'string' },
  { name: 'datasets', type: 'string[]' },
];

export const RELATIONSHIP_COLUMNS = {
  FILED_IN: ends('Patent', 'Office'),
  IN_FAMILY: ends('Patent', 'Family'),
  APPLICANT_LINK: [
    ...ends('Patent', 'Applicant'),
    { name: 'order', type: 'double' },
    { name: 'spellings', type: 'string[]' },
    ...PROVENANCE,
  ],
  INVENTED_BY: [...ends('Patent', 'Inventor'), { name: 'order', type: 'double' }, ...PROVENANCE],
  CLASSIFIED_AS: (label: 'IPC' | 'CPC'): Column[] => [...ends('Patent', label), ...PROVENANCE],
  CHILD_OF: (label: 'IPC' | 'CPC'): Column[] => ends(label, label),
  CITES: [...ends('Patent', 'Patent'), { name: 'via', type: 'string' }, ...PROVENANCE],
  TAGGED: [
    ...ends('Patent', 'TechBranch'),
    { name: 'chain', type: 'string' },
    { name: 'rule', type: 'string' },
    { name: 'matchedBy', type: 'string' },
    ...PROVENANCE,
  ],
  IN_FIELD: [...ends('Patent', 'TechField'), ...PROVENANCE],
} satisfies Record<string, Column[] | ((label: 'IPC' | 'CPC') => Column[])>;
