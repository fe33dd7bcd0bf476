/**
 * One table row (already mapped to canonical fields) → PatentRecord. Values that are present but
 * unreadable throw InvalidFieldError (the row is rejected); list items that cannot be read
 * (a citation, a symbol) become warnings on an otherwise good record.
 */
import type { IngestWarningCode } from '@graph-schema/dto/ingest-problems';
import type { AliasTable } from '../normalise/aliases';
import { splitClaims } from '../normalise/claims';
import { parseClassification } from '../normalise/classification';
import { type DateField, parseDate } from '../normalise/dates';
import { normaliseLegalStatus } from '../normalise/legal-status';
import { boundedNplTexts } from '../normalise/npl-citations';
import { parseDocNumber, parsePriorityNumber } from '../normalise/numbers';
import { makeParties } from '../normalise/parties';
import { isGrantedKind, patentType } from '../normalise/patent-type';
import { collapseSpaces, hasHan, InvalidFieldError, isBlank, splitMultiValue } from '../normalise/text';
import type {
  Classification,
  DocNumber,
  LocalisedText,
  PatentRecord,
  RecordWarning,
  SourceRef,
} from '../record';
import type { TableField, TableLayout } from './columns';
import { rejoinNameFragments } from './name-lists';

export type FieldValues = Partial<Record<TableField, string>>;

interface RowContext {
  values: FieldValues;
  layout: TableLayout;
  warnings: RecordWarning[];
}

function list(context: RowContext, field: TableField): string[] {
  return splitMultiValue(context.values[field], context.layout.multiValue);
}

function names(context: RowContext, field: TableField): string[] {
  const separator = context.layout.nameSeparator ?? context.layout.multiValue;
  return rejoinNameFragments(splitMultiValue(context.values[field], separator));
}

function date(context: RowContext, field: TableField & DateField): string | undefined {
  return parseDate(context.values[field], field, context.layout.dateOrder);
}

function count(context: RowContext, field: TableField): number | undefined {
  const raw = context.values[field];
  if (isBlank(raw)) return undefined;
  const value = Number(raw.trim());
  if (!Number.isInteger(value) || value < 0)
    throw new InvalidFieldError('BAD_COUNT', field, `not a count: "${raw.trim()}"`);
  return value;
}

function publicationOf(context: RowContext): DocNumber {
  const { values, layout } = context;
  const raw = values.publicationNumber;
  if (isBlank(raw))
    throw new InvalidFieldError(
      'MISSING_PUBLICATION_NUMBER',
      'publicationNumber',
      'missing publication number',
    );
  const hints = { office: values.jurisdiction ?? layout.defaultOffice, kind: values.kind };
  const number = parseDocNumber(raw, hints);
  if (!number)
    throw new InvalidFieldError(
      'BAD_PUBLICATION_NUMBER',
      'publicationNumber',
      `unreadable publication number "${raw.trim()}"`,
    );
  return number;
}

/** The warning an unreadable number in each list of publications gets. */
const LIST_NUMBER_WARNINGS = {
  citations: 'BAD_CITATION_NUMBER',
  citedBy: 'BAD_CITATION_NUMBER',
  familyMembers: 'BAD_FAMILY_MEMBER_NUMBER',
} as const satisfies Partial<Record<TableField, IngestWarningCode>>;

function docNumbers(context: RowContext, field: keyof typeof LIST_NUMBER_WARNINGS): DocNumber[] {
  const numbers = new Map<string, DocNumber>();
  for (const raw of list(context, field)) {
    const number = parseDocNumber(raw, { office: context.layout.defaultOffice });
    if (number) numbers.set(number.id, number);
    else
      context.warnings.push({
        code: LIST_NUMBER_WARNINGS[field],
        message: `unreadable number "${raw}"`,
        field,
      });
  }
  return [...numbers.values()];
}

function classifications(context: RowContext): Classification[] {
  const bySymbol = new Map<string, Classification>();
  const sources = [
    ['ipcMain', 'IPC'],
    ['ipc', 'IPC'],
    ['cpc', 'CPC'],
  ] as const;
  for (const [field, scheme] of sources) {
    for (const raw of list(context, field)) {
      const parsed = parseClassification(raw, scheme);
      if (!parsed)
        context.warnings.push({
          code: 'BAD_CLASSIFICATION_SYMBOL',
          message: `unreadable symbol "${raw}"`,
          field,
        });
      else if (!bySymbol.has(`${scheme}:${parsed.symbol}`))
        bySymbol.set(`${scheme}:${parsed.symbol}`, parsed);
    }
  }
  return [...bySymbol.values()];
}

/** Title / abstract cells hold either language; a translation column fills the other one. */
function localised(context: RowContext, field: TableField, translated: TableField): LocalisedText {
  const text: LocalisedText = {};
  for (const raw of [context.values[field], context.values[translated]]) {
    if (isBlank(raw)) continue;
    const value = collapseSpaces(raw);
    const lang = hasHan(value) ? 'zh' : 'en';
    text[lang] ??= value;
  }
  return text;
}

function priorities(context: RowContext): PatentRecord['priorities'] {
  const dates = list(context, 'priorityDates');
  return list(context, 'priorityNumbers').flatMap((raw, index) => {
    const parsed = parsePriorityNumber(raw);
    if (!parsed) {
      const message = `unreadable number "${raw}"`;
      context.warnings.push({ code: 'BAD_PRIORITY_NUMBER', message, field: 'priorityNumbers' });
      return [];
    }
    const listedDate = parseDate(dates[index], 'priorityDates', context.layout.dateOrder);
    const priorityDate = parsed.date ?? listedDate;
    return [priorityDate ? { number: parsed.number, date: priorityDate } : { number: parsed.number }];
  });
}

/** Exports that count transfers, licences, pledges and lawsuits (incoPat) become one event per kind. */
const EVENT_COUNTS = [
  ['transferCount', 'transfer'],
  ['licenceCount', 'licence'],
  ['pledgeCount', 'pledge'],
  ['litigationCount', 'litigation'],
] as const;

function transactionEvents(context: RowContext): PatentRecord['legal']['events'] {
  return EVENT_COUNTS.flatMap(([field, code]) => {
    const n = count(context, field);
    return n ? [{ code, description: `${code} × ${n} (${field} column)` }] : [];
  });
}

/**
 * Non-patent citations: the texts (bounded as for every format) and their count — the export's own
 * count column when it has one, else the number of NPL ids or texts, whichever is larger (an export
 * may list ids without texts).
 */
function nplCitations(context: RowContext): Pick<PatentRecord, 'nplCitations' | 'nplCitationCount'> {
  const listed = list(context, 'nplCitations');
  const { texts, warnings } = boundedNplTexts(
    listed.map((text, index) => ({ text, num: index + 1 })),
    'nplCitations',
  );
  context.warnings.push(...warnings);
  const counted =
    count(context, 'nplCitationCount') ?? Math.max(listed.length, list(context, 'nplCitationIds').length);
  return {
    ...(texts.length > 0 ? { nplCitations: texts } : {}),
    ...(counted > 0 ? { nplCitationCount: counted } : {}),
  };
}

function claimsOf(context: RowContext): PatentRecord['claims'] {
  const block = context.values.claims ?? context.values.firstClaim;
  return isBlank(block) ? [] : splitClaims(block);
}

export function recordFromFields(
  values: FieldValues,
  layout: TableLayout,
  source: SourceRef,
  aliases?: AliasTable,
): { record: PatentRecord; warnings: RecordWarning[] } {
  const context: RowContext = { values, layout, warnings: [] };
  const publication = publicationOf(context);
  const priorityList = priorities(context);
  const earliestListed = priorityList
    .map((priority) => priority.date)
    .filter((d): d is string => !!d)
    .sort()[0];
  const legal = normaliseLegalStatus(values.legalStatus);
  const record: PatentRecord = {
    publication,
    priorities: priorityList,
    type: patentType(publication.office, publication.kind, publication.number, values.documentType),
    title: localised(context, 'title', 'titleTranslated'),
    abstract: localised(context, 'abstract', 'abstractTranslated'),
    claims: claimsOf(context),
    applicants: makeParties(names(context, 'applicants'), 'applicant', aliases),
    owners: makeParties(names(context, 'owners'), 'owner', aliases),
    inventors: makeParties(names(context, 'inventors'), 'inventor', aliases),
    classifications: classifications(context),
    citations: docNumbers(context, 'citations'),
    citedBy: docNumbers(context, 'citedBy'),
    familyMembers: docNumbers(context, 'familyMembers'),
    legal: legal.raw
      ? { status: legal.status, raw: legal.raw, events: transactionEvents(context) }
      : { status: legal.status, events: transactionEvents(context) },
    source,
  };
  const application = isBlank(values.applicationNumber)
    ? undefined
    : parseDocNumber(values.applicationNumber, { office: publication.office, role: 'application' });
  if (!isBlank(values.applicationNumber) && !application) {
    throw new InvalidFieldError(
      'BAD_APPLICATION_NUMBER',
      'applicationNumber',
      `unreadable application number "${values.applicationNumber}"`,
    );
  }
  const optional: Partial<PatentRecord> = {
    application,
    publicationDate: date(context, 'publicationDate'),
    applicationDate: date(context, 'applicationDate'),
    priorityDate: date(context, 'earliestPriorityDate') ?? earliestListed,
    grantDate: date(context, 'grantDate'),
    isGrant: isGrantedKind(publication.office, publication.kind, values.documentType),
    claimsCount: count(context, 'claimsCount'),
    citedCount: count(context, 'citedCount'),
    familySize: count(context, 'familySize'),
    familyId: isBlank(values.familyId) ? undefined : values.familyId.trim(),
    ...nplCitations(context),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(record, { [key]: value });
  }
  return { record, warnings: context.warnings };
}
