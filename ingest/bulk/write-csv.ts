/**
 * Writes the in-memory first-load graph (graph.ts) as the importer's node and relationship files.
 * Branch tags and WIPO fields are among them, with their target nodes by id only (headers.ts
 * BRANCH_COLUMNS): the ontology's other properties are written after the restart (finish.ts).
 */
import { mkdir, rm } from 'node:fs/promises';
import type { LinkKindName } from '../load/link-statements';
import { type Column, CsvTable } from './csv-writer';
import { type BulkGraph, FILED_IN, linksOf, type PartyState, type PatentState, TEXTS_AT } from './graph';
import {
  APPLICANT_COLUMNS,
  BRANCH_COLUMNS,
  classColumns,
  FAMILY_COLUMNS,
  FIELD_COLUMNS,
  INVENTOR_COLUMNS,
  OFFICE_COLUMNS,
  PATENT_COLUMNS,
  RELATIONSHIP_COLUMNS as REL,
} from './headers';
import type { SpilledTexts } from './text-spill';

export interface ImportFiles {
  /** `Label=file` for `--nodes`. */
  nodes: string[];
  /** `TYPE=file` for `--relationships`. */
  relationships: string[];
  /** Files with a line break inside a value (`--multiline-fields`). */
  multiline: string[];
  nodeCount: number;
  relationshipCount: number;
}

const valuesOf = (columns: readonly Column[], props: Record<string, unknown>) =>
  columns.map((column) => props[column.name]);

type Tables = Record<string, { label: string; table: CsvTable }>;

/** The value of a link property as the importer reads it (the ends come first). */
const linkRow = (columns: readonly Column[], from: string, to: string, link: Record<string, unknown>) => [
  from,
  to,
  ...columns.slice(2).map((column) => link[column.name]),
];

function writePatent(
  id: string,
  patent: PatentState,
  t: Tables & { seen: Set<string> },
  texts: SpilledTexts,
  updatedAt: string,
) {
  const real = patent.props.external === false;
  t.patents!.table.write(
    valuesOf(PATENT_COLUMNS, real ? { ...patent.props, ...texts, updatedAt } : patent.props),
  );
  if (real) t.filedIn!.table.write([id, patent.props[FILED_IN]]);
  if (real && patent.props.familyId != null) t.inFamily!.table.write([id, patent.props.familyId]);
  writeLinks(id, patent, t);
}

/** Patents with texts in the spill file's order (each one's latest line), then the others. */
function writePatents(graph: BulkGraph, tables: Tables, updatedAt: string): void {
  const t = Object.assign(tables, { seen: new Set<string>() });
  graph.texts.forEachLine((id, offset, texts) => {
    const patent = graph.patents.get(id);
    if (patent?.props[TEXTS_AT] === offset) writePatent(id, patent, t, texts(), updatedAt);
  });
  for (const [id, patent] of graph.patents)
    if (patent.props[TEXTS_AT] === undefined) writePatent(id, patent, t, {}, updatedAt);
}

const LINK_TABLES: Array<[LinkKindName, string]> = [
  ['filedBy', 'filedBy'],
  ['ownedBy', 'ownedBy'],
  ['inventedBy', 'inventedBy'],
  ['ipcLinks', 'ipcLinks'],
  ['cpcLinks', 'cpcLinks'],
  ['citations', 'cites'],
  ['tags', 'tagged'],
  ['fields', 'inField'],
];
/** The node each tag kind points at, written once per id (`targets`). */
const TAG_TARGETS: Partial<Record<LinkKindName, string>> = { tags: 'branches', fields: 'fields' };

/** `t.seen`: the tag targets already written. */
function writeLinks(id: string, patent: PatentState, t: Tables & { seen: Set<string> }): void {
  for (const [kind, name] of LINK_TABLES) {
    const table = t[name]!.table;
    const targets = TAG_TARGETS[kind];
    for (const [key, link] of linksOf(patent, kind)) {
      table.write(linkRow(table.columns, id, key, link));
      if (targets && !t.seen.has(`${targets}:${key}`)) {
        t.seen.add(`${targets}:${key}`);
        t[targets]!.table.write([key]);
      }
    }
  }
}

function writeParties(parties: Map<string, PartyState>, table: CsvTable): void {
  for (const [key, party] of parties)
    table.write(valuesOf(table.columns, { key, name: party.name, kind: party.kind, aliases: party.aliases }));
}

export async function writeImportFiles(
  graph: BulkGraph,
  dir: string,
  updatedAt: string,
): Promise<ImportFiles> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const table = (name: string, label: string, columns: readonly Column[]) => ({
    label,
    table: new CsvTable(dir, name, columns),
  });
  const nodes: Tables = {
    patents: table('patents', 'Patent', PATENT_COLUMNS),
    offices: table('offices', 'Office', OFFICE_COLUMNS),
    families: table('families', 'Family', FAMILY_COLUMNS),
    applicants: table('applicants', 'Applicant', APPLICANT_COLUMNS),
    inventors: table('inventors', 'Inventor', INVENTOR_COLUMNS),
    ipc: table('ipc', 'IPC', classColumns('IPC')),
    cpc: table('cpc', 'CPC', classColumns('CPC')),
    branches: table('branches', 'TechBranch', BRANCH_COLUMNS),
    fields: table('fields', 'TechField', FIELD_COLUMNS),
  };
  const rels: Tables = {
    filedIn: table('filed-in', 'FILED_IN', REL.FILED_IN),
    inFamily: table('in-family', 'IN_FAMILY', REL.IN_FAMILY),
    filedBy: table('filed-by', 'FILED_BY', REL.APPLICANT_LINK),
    ownedBy: table('owned-by', 'OWNED_BY', REL.APPLICANT_LINK),
    inventedBy: table('invented-by', 'INVENTED_BY', REL.INVENTED_BY),
    ipcLinks: table('classified-ipc', 'CLASSIFIED_AS', REL.CLASSIFIED_AS('IPC')),
    cpcLinks: table('classified-cpc', 'CLASSIFIED_AS', REL.CLASSIFIED_AS('CPC')),
    ipcParents: table('child-of-ipc', 'CHILD_OF', REL.CHILD_OF('IPC')),
    cpcParents: table('child-of-cpc', 'CHILD_OF', REL.CHILD_OF('CPC')),
    cites: table('cites', 'CITES', REL.CITES),
    tagged: table('tagged', 'TAGGED', REL.TAGGED),
    inField: table('in-field', 'IN_FIELD', REL.IN_FIELD),
  };
  writePatents(graph, { ...nodes, ...rels }, updatedAt);
  for (const code of graph.offices) nodes.offices!.table.write([code]);
  for (const [id, family] of graph.families)
    nodes.families!.table.write(
      valuesOf(FAMILY_COLUMNS, { id, kind: family.kind, memberIds: family.memberIds }),
    );
  writeParties(graph.applicants, nodes.applicants!.table);
  writeParties(graph.inventors, nodes.inventors!.table);
  for (const scheme of ['ipc', 'cpc'] as const) {
    for (const [code, node] of graph[scheme]) {
      nodes[scheme]!.table.write([code, node.level]);
      for (const parent of node.parents) rels[`${scheme}Parents`]!.table.write([code, parent]);
    }
  }
  const all = [...Object.values(nodes), ...Object.values(rels)];
  for (const { table: t } of all) await t.close();
  const spec = (tables: Tables) =>
    Object.values(tables)
      .filter(({ table: t }) => t.rows > 0)
      .map(({ label, table: t }) => `${label}=${t.file}`);
  return {
    nodes: spec(nodes),
    relationships: spec(rels),
    multiline: all.filter(({ table: t }) => t.multiline).map(({ table: t }) => t.file),
    nodeCount: Object.values(nodes).reduce((n, { table: t }) => n + t.rows, 0),
    relationshipCount: Object.values(rels).reduce((n, { table: t }) => n + t.rows, 0),
  };
}
