/**
 * Priorities and non-patent citations of a PatentsView grant, from the side tables
 * `g_foreign_priority`, `g_us_rel_doc` and `g_other_reference` (column names: the views of the same
 * names in PatentsView-DB `resources/create_export_views.sql`). `g_us_rel_doc` holds one row per
 * document of the grant's `us-related-documents`: `related_doc_type` is the relation's element name
 * (`continuation`, `us-provisional-application`, `reissue` …) and `related_doc_kind` the role of the
 * document in it (`parent-doc`, `child-doc`, `parent-grant-document` …; PatentsView-DB
 * `lib/xml_helpers.py` get_usreldocs). The rule is the USPTO XML reader's (uspto-priorities.ts):
 * foreign claims, provisionals and the parent applications of continuations, continuations-in-part
 * and divisions are priorities; see docs/decisions/2026-12-04-us-priorities-and-npl-citations.md.
 */
import { parseDate } from '../normalise/dates';
import { boundedNplTexts, type NplText } from '../normalise/npl-citations';
import { parseDocNumber } from '../normalise/numbers';
import { InvalidFieldError } from '../normalise/text';
import type { DocNumber, PatentRecord, RecordWarning } from '../record';
import { PARENT_RELATIONS } from './uspto-priorities';

/** One row of a side table, with where it came from for the warnings. */
export interface SideRow {
  cells: Record<string, string>;
  /** The table file's base name (`g_us_rel_doc.tsv`). */
  file: string;
  line: number;
}

type Priority = PatentRecord['priorities'][number];

const at = (row: SideRow) => `${row.file} line ${row.line}`;

/** `us-provisional-application`, also written with underscores or in capitals by other dumps. */
const elementName = (value: string | undefined) =>
  (value ?? '')
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-');

export function bySequence(rows: SideRow[] | undefined, column: string): SideRow[] {
  return [...(rows ?? [])].sort((a, b) => Number(a.cells[column]) - Number(b.cells[column]));
}

/** A present but unreadable date rejects the record (ingest/README.md), naming the table line. */
function priorityDate(row: SideRow, column: string): string | undefined {
  try {
    return parseDate(row.cells[column], 'priorityDates');
  } catch (error) {
    if (!(error instanceof InvalidFieldError)) throw error;
    throw new InvalidFieldError(error.code, error.field, `${error.message} (${at(row)})`);
  }
}

/** As `documentId` does for XML: the country goes in front unless the number names its office. */
function applicationNumber(country: string, docNumber: string): DocNumber | undefined {
  if (!docNumber) return undefined;
  const office = country.toUpperCase();
  const prefixed = office && !docNumber.toUpperCase().startsWith(office) && !/^PCT/i.test(docNumber);
  return parseDocNumber(prefixed ? `${office}${docNumber}` : docNumber, {
    role: 'application',
    ...(office ? { office } : {}),
  });
}

interface Claimed {
  row: SideRow;
  country: string;
  docNumber: string;
  dateColumn: string;
  /** What the warning calls it: `priority claim`, `provisional application`, `division parent application`. */
  label: string;
  field: string;
}

function claimedFilings(foreign: SideRow[] | undefined, related: SideRow[] | undefined): Claimed[] {
  const claims = bySequence(foreign, 'priority_claim_sequence').map(
    (row): Claimed => ({
      row,
      country: (row.cells.foreign_country_filed ?? '').trim(),
      docNumber: (row.cells.foreign_application_id ?? '').trim(),
      dateColumn: 'filing_date',
      label: 'priority claim',
      field: 'g_foreign_priority',
    }),
  );
  const relations = bySequence(related, 'related_doc_sequence').flatMap((row): Claimed[] => {
    const type = elementName(row.cells.related_doc_type);
    const isProvisional = type === 'us-provisional-application';
    const isParent = PARENT_RELATIONS.has(type) && elementName(row.cells.related_doc_kind) === 'parent-doc';
    if (!isProvisional && !isParent) return [];
    return [
      {
        row,
        country: (row.cells.published_country ?? '').trim() || 'US',
        docNumber: (row.cells.related_doc_number ?? '').trim(),
        dateColumn: 'related_doc_published_date',
        label: isProvisional ? 'provisional application' : `${type} parent application`,
        field: 'g_us_rel_doc',
      },
    ];
  });
  return [...claims, ...relations];
}

/** Foreign claims first, then provisionals and parents by `related_doc_sequence`; one entry per number. */
export function patentsViewPriorities(
  foreign: SideRow[] | undefined,
  related: SideRow[] | undefined,
): { priorities: Priority[]; warnings: RecordWarning[] } {
  const byId = new Map<string, Priority>();
  const warnings: RecordWarning[] = [];
  for (const { row, country, docNumber, dateColumn, label, field } of claimedFilings(foreign, related)) {
    const date = priorityDate(row, dateColumn);
    const number = applicationNumber(country, docNumber);
    if (number) {
      if (!byId.has(number.id)) byId.set(number.id, date ? { number, date } : { number });
      continue;
    }
    const of = field === 'g_foreign_priority' && country ? ` of ${country}` : '';
    const dated = date ? ` (filed ${date})` : '';
    warnings.push({
      code: 'BAD_PRIORITY_NUMBER',
      message: `unreadable ${label} "${docNumber}"${of}${dated}, ${at(row)}`,
      field,
    });
  }
  return { priorities: [...byId.values()], warnings };
}

/** `g_other_reference` texts by `other_reference_sequence`, bounded as for every format. */
export function patentsViewNplCitations(rows: SideRow[] | undefined): {
  npl: Pick<PatentRecord, 'nplCitations' | 'nplCitationCount'>;
  warnings: RecordWarning[];
} {
  const field = 'g_other_reference';
  const texts: NplText[] = [];
  const warnings: RecordWarning[] = [];
  for (const row of bySequence(rows, 'other_reference_sequence')) {
    const text = (row.cells.other_reference_text ?? '').trim();
    const num = Number(row.cells.other_reference_sequence);
    if (text) texts.push({ text, num });
    else
      warnings.push({
        code: 'BAD_NPL_CITATION',
        message: `non-patent citation ${row.cells.other_reference_sequence ?? ''} has no text, ${at(row)}`,
        field,
      });
  }
  const bounded = boundedNplTexts(texts, field);
  const npl = texts.length > 0 ? { nplCitations: bounded.texts, nplCitationCount: texts.length } : {};
  return { npl, warnings: [...warnings, ...bounded.warnings] };
}
