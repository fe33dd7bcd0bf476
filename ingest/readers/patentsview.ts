/**
 * PatentsView bulk TSV tables joined by `patent_id`: `g_patent` drives the records; `g_application`,
 * `g_cpc_current`, `g_us_patent_citation`, `g_assignee_disambiguated` and `g_inventor_disambiguated`
 * add to them when present. The side tables are held in memory by patent_id, so for the national
 * files filter them to the patents of interest first (the full citation table is > 100 M rows).
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseClassification } from '../normalise/classification';
import { parseDate } from '../normalise/dates';
import { parseDocNumber } from '../normalise/numbers';
import { makeParties } from '../normalise/parties';
import { isGrantedKind, patentType } from '../normalise/patent-type';
import type { PatentRecord, ReadResult, SourceRef } from '../record';
import { headerKey } from './columns';
import { readDelimitedRows } from './table-source';
import { type ReaderContext, rejection } from './types';
import { uniqueClassifications } from './xml-fields';

const SIDE_TABLES = [
  'g_application',
  'g_cpc_current',
  'g_us_patent_citation',
  'g_assignee_disambiguated',
  'g_inventor_disambiguated',
] as const;
type SideTable = (typeof SIDE_TABLES)[number];
type Row = Record<string, string>;

export function isPatentsViewHeader(headerKeys: ReadonlySet<string>): boolean {
  return headerKeys.has('patent_id') && (headerKeys.has('patent_title') || headerKeys.has('patent_date'));
}

export async function isPatentsViewDirectory(directory: string): Promise<boolean> {
  return (await readdir(directory)).some((name) => name.startsWith('g_patent.'));
}

async function tableFile(directory: string, table: string): Promise<string | undefined> {
  const names = await readdir(directory);
  const name = names.find((candidate) => candidate === `${table}.tsv` || candidate === `${table}.txt`);
  return name ? path.join(directory, name) : undefined;
}

async function* tableRows(
  file: string,
): AsyncGenerator<{ line: number; row: Row } | { line: number; error: string }> {
  let header: string[] | undefined;
  for await (const item of readDelimitedRows(file, { encoding: 'utf8', delimiter: '\t' })) {
    if ('error' in item) yield item;
    else if (!header) header = item.cells.map(headerKey);
    else
      yield {
        line: item.line,
        row: Object.fromEntries(header.map((key, index) => [key, item.cells[index] ?? ''])),
      };
  }
}

async function loadSideTable(file: string | undefined): Promise<Map<string, Row[]>> {
  const byPatent = new Map<string, Row[]>();
  if (!file) return byPatent;
  for await (const item of tableRows(file)) {
    if (!('row' in item)) continue;
    const rows = byPatent.get(item.row.patent_id ?? '') ?? [];
    rows.push(item.row);
    byPatent.set(item.row.patent_id ?? '', rows);
  }
  return byPatent;
}

function personOrOrganisation(row: Row, prefix: string): string {
  const organisation = row[`${prefix}_organization`];
  if (organisation) return organisation;
  return [
    row[`${prefix}_individual_name_last`] ?? row[`${prefix}_name_last`],
    row[`${prefix}_individual_name_first`] ?? row[`${prefix}_name_first`],
  ]
    .filter(Boolean)
    .join(' ');
}

function bySequence(rows: Row[] | undefined, column: string): Row[] {
  return [...(rows ?? [])].sort((a, b) => Number(a[column]) - Number(b[column]));
}

function recordFrom(
  row: Row,
  side: Record<SideTable, Map<string, Row[]>>,
  source: SourceRef,
  context: ReaderContext,
): PatentRecord | undefined {
  const id = row.patent_id ?? '';
  const kind = row.wipo_kind || undefined;
  const publication = parseDocNumber(`US${id}`, kind ? { kind } : {});
  if (!publication) return undefined;
  const application = side.g_application.get(id)?.[0];
  const applicationNumber = application?.application_id
    ? parseDocNumber(`US${application.application_id}`, { role: 'application' })
    : undefined;
  const cpc = bySequence(side.g_cpc_current.get(id), 'cpc_sequence').map((cpcRow) =>
    parseClassification(cpcRow.cpc_group ?? '', 'CPC'),
  );
  const assignees = bySequence(side.g_assignee_disambiguated.get(id), 'assignee_sequence').map((r) =>
    personOrOrganisation(r, 'disambig_assignee'),
  );
  const inventors = bySequence(side.g_inventor_disambiguated.get(id), 'inventor_sequence').map((r) =>
    personOrOrganisation(r, 'disambig_inventor'),
  );
  const citations = bySequence(side.g_us_patent_citation.get(id), 'citation_sequence')
    .map((r) => parseDocNumber(`US${r.citation_patent_id}`, r.wipo_kind ? { kind: r.wipo_kind } : {}))
    .filter((n) => n !== undefined);
  const grantDate = parseDate(row.patent_date, 'patent_date');
  const applicationDate = parseDate(application?.filing_date, 'filing_date');
  const claimsCount = Number(row.num_claims);
  return {
    publication,
    ...(applicationNumber ? { application: applicationNumber } : {}),
    priorities: [],
    ...(grantDate ? { publicationDate: grantDate, grantDate } : {}),
    ...(applicationDate ? { applicationDate } : {}),
    type: patentType('US', kind, publication.number, row.patent_type === 'design' ? 'design' : undefined),
    isGrant: isGrantedKind('US', kind) ?? true,
    title: row.patent_title ? { en: row.patent_title } : {},
    abstract: row.patent_abstract ? { en: row.patent_abstract } : {},
    claims: [],
    ...(claimsCount > 0 ? { claimsCount } : {}),
    applicants: makeParties(assignees, 'applicant', context.aliases),
    owners: makeParties(assignees, 'owner', context.aliases),
    inventors: makeParties(inventors, 'inventor', context.aliases),
    classifications: uniqueClassifications(cpc),
    citations,
    citedBy: [],
    familyMembers: [],
    legal: {
      status: row.withdrawn === '1' ? 'inactive' : 'unknown',
      ...(row.withdrawn === '1' ? { raw: 'withdrawn' } : {}),
      events: [],
    },
    source,
  };
}

export async function* readPatentsView(context: ReaderContext): AsyncGenerator<ReadResult> {
  const directory = (await stat(context.filePath)).isDirectory()
    ? context.filePath
    : path.dirname(context.filePath);
  const patentFile =
    (await tableFile(directory, 'g_patent')) ?? (existsSync(context.filePath) ? context.filePath : undefined);
  if (!patentFile) throw new Error(`${directory}: no g_patent.tsv`);
  const side = Object.fromEntries(
    await Promise.all(
      SIDE_TABLES.map(
        async (table) => [table, await loadSideTable(await tableFile(directory, table))] as const,
      ),
    ),
  ) as Record<SideTable, Map<string, Row[]>>;
  for await (const item of tableRows(patentFile)) {
    const source: SourceRef = { file: patentFile, line: item.line, format: context.format };
    if (!('row' in item)) {
      yield rejection(source, 'UNREADABLE_ROW', `unreadable row: ${item.error}`, 'row');
      continue;
    }
    const record = recordFrom(item.row, side, source, context);
    yield record
      ? { ok: true, record }
      : rejection(
          source,
          'BAD_PUBLICATION_NUMBER',
          `unreadable patent_id "${item.row.patent_id ?? ''}"`,
          'patent_id',
          Object.values(item.row).join('\t'),
        );
  }
}
