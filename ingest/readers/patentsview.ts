/**
 * PatentsView bulk TSV tables joined by `patent_id`: `g_patent` drives the records; `g_application`,
 * `g_cpc_current`, `g_us_patent_citation`, `g_assignee_disambiguated`, `g_inventor_disambiguated`,
 * `g_foreign_priority`, `g_us_rel_doc` and `g_other_reference` (patentsview-claims.ts) add to them
 * when present. The side tables are held in memory by patent_id, so for the national
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
import { InvalidFieldError } from '../normalise/text';
import type { PatentRecord, ReadResult, SourceRef } from '../record';
import { headerKey } from './columns';
import {
  bySequence,
  patentsViewNplCitations,
  patentsViewPriorities,
  type SideRow,
} from './patentsview-claims';
import { readDelimitedRows } from './table-source';
import { type ReaderContext, rejection } from './types';
import { earliestPriorityDate, uniqueClassifications } from './xml-fields';

const SIDE_TABLES = [
  'g_application',
  'g_cpc_current',
  'g_us_patent_citation',
  'g_assignee_disambiguated',
  'g_inventor_disambiguated',
  'g_foreign_priority',
  'g_us_rel_doc',
  'g_other_reference',
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

async function loadSideTable(
  file: string | undefined,
  context: ReaderContext,
): Promise<Map<string, SideRow[]>> {
  const byPatent = new Map<string, SideRow[]>();
  if (!file) return byPatent;
  const base = path.basename(file);
  for await (const item of tableRows(file)) {
    if (!('row' in item)) {
      context.onFileWarning?.({
        code: 'SIDE_TABLE_ROW_UNREADABLE',
        message: `${base} line ${item.line}: unreadable row (${item.error}); its values are missing from their patent`,
        line: item.line,
        format: context.format,
      });
      continue;
    }
    const rows = byPatent.get(item.row.patent_id ?? '') ?? [];
    rows.push({ cells: item.row, file: base, line: item.line });
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

const cellsBySequence = (rows: SideRow[] | undefined, column: string): Row[] =>
  bySequence(rows, column).map((row) => row.cells);

function recordFrom(
  row: Row,
  side: Record<SideTable, Map<string, SideRow[]>>,
  source: SourceRef,
  context: ReaderContext,
): ReadResult | undefined {
  const id = row.patent_id ?? '';
  const kind = row.wipo_kind || undefined;
  const publication = parseDocNumber(`US${id}`, kind ? { kind } : {});
  if (!publication) return undefined;
  const application = side.g_application.get(id)?.[0]?.cells;
  const applicationNumber = application?.application_id
    ? parseDocNumber(`US${application.application_id}`, { role: 'application' })
    : undefined;
  const cpc = cellsBySequence(side.g_cpc_current.get(id), 'cpc_sequence').map((cpcRow) =>
    parseClassification(cpcRow.cpc_group ?? '', 'CPC'),
  );
  const assignees = cellsBySequence(side.g_assignee_disambiguated.get(id), 'assignee_sequence').map((r) =>
    personOrOrganisation(r, 'disambig_assignee'),
  );
  const inventors = cellsBySequence(side.g_inventor_disambiguated.get(id), 'inventor_sequence').map((r) =>
    personOrOrganisation(r, 'disambig_inventor'),
  );
  const citations = cellsBySequence(side.g_us_patent_citation.get(id), 'citation_sequence')
    .map((r) => parseDocNumber(`US${r.citation_patent_id}`, r.wipo_kind ? { kind: r.wipo_kind } : {}))
    .filter((n) => n !== undefined);
  const grantDate = parseDate(row.patent_date, 'patent_date');
  const applicationDate = parseDate(application?.filing_date, 'filing_date');
  const claimsCount = Number(row.num_claims);
  const { priorities, warnings: priorityWarnings } = patentsViewPriorities(
    side.g_foreign_priority.get(id),
    side.g_us_rel_doc.get(id),
  );
  const priorityDate = earliestPriorityDate(priorities);
  const { npl, warnings: nplWarnings } = patentsViewNplCitations(side.g_other_reference.get(id));
  const record: PatentRecord = {
    publication,
    ...(applicationNumber ? { application: applicationNumber } : {}),
    priorities,
    ...(priorityDate ? { priorityDate } : {}),
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
    ...npl,
    citedBy: [],
    familyMembers: [],
    legal: {
      status: row.withdrawn === '1' ? 'inactive' : 'unknown',
      ...(row.withdrawn === '1' ? { raw: 'withdrawn' } : {}),
      events: [],
    },
    source,
  };
  const warnings = [...priorityWarnings, ...nplWarnings];
  return warnings.length > 0 ? { ok: true, record, warnings } : { ok: true, record };
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
        async (table) => [table, await loadSideTable(await tableFile(directory, table), context)] as const,
      ),
    ),
  ) as Record<SideTable, Map<string, SideRow[]>>;
  for await (const item of tableRows(patentFile)) {
    const source: SourceRef = { file: patentFile, line: item.line, format: context.format };
    if (!('row' in item)) {
      yield rejection(source, 'UNREADABLE_ROW', `unreadable row: ${item.error}`, 'row');
      continue;
    }
    const raw = Object.values(item.row).join('\t');
    let result: ReadResult | undefined;
    try {
      result = recordFrom(item.row, side, source, context);
    } catch (error) {
      if (!(error instanceof InvalidFieldError)) throw error;
      yield rejection(source, error.code, error.message, error.field, raw);
      continue;
    }
    yield result
      ? result
      : rejection(
          source,
          'BAD_PUBLICATION_NUMBER',
          `unreadable patent_id "${item.row.patent_id ?? ''}"`,
          'patent_id',
          raw,
        );
  }
}
