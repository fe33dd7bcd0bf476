/**
 * Patent document numbers → `DocNumber` (office + number + kind). The id is the graph key, so every
 * spelling of one document must give the same id: `US 2019/0123456 A1`, `US20190123456A1` and the
 * DOCDB `US 2019123456 A1` all become `US20190123456A1`.
 */
import { OFFICE_CODE } from '@graph-schema/vocabulary/publication-number';
import type { DocNumber } from '../record';
import { parseDate } from './dates';
import { toHalfWidth } from './text';

export interface DocNumberHints {
  /** Office to assume when the number carries none (e.g. a Jurisdiction column). */
  office?: string;
  /** Kind code from a separate column, used when the number carries none. */
  kind?: string;
  /** Applications keep their digits as filed: US serials are not zero-stripped. */
  role?: 'publication' | 'application';
}

/** PCT/CN2019/123456 → WO application keyed by receiving office, year and serial. */
const PCT_APPLICATION = /^(?:WO)?PCT\/?([A-Z]{2})(\d{2}|\d{4})\/?(\d{5,6})$/;
/**
 * CN application with its check digit: 201910123456.7 (2003+) or 99123456.X (before). Without the
 * dot only a `ZL` prefix marks it, since `CN112345678` (9 digits) is a publication number.
 */
const CN_APPLICATION_DOTTED = /^(?:CN|ZL)?((?:19|20)\d{10}|\d{8})\.[\dX]$/;
const CN_PATENT_ZL = /^ZL((?:19|20)\d{10}|\d{8})[\dX]?$/;
const OFFICE_AND_BODY = /^([A-Z]{2})(.*)$/;
/** Kind code = trailing letter (+ digit) after the last digit of the number: A1, B2, U, S1. */
const BODY_AND_KIND = /^(.*\d)([A-Z]\d?)$/;

function pctApplication(compact: string): DocNumber | undefined {
  const match = PCT_APPLICATION.exec(compact);
  if (!match) return undefined;
  const [, office, rawYear, serial] = match as unknown as [string, string, string, string];
  const year = rawYear.length === 2 ? (Number(rawYear) > 50 ? `19${rawYear}` : `20${rawYear}`) : rawYear;
  const id = `PCT/${office}${year}/${serial.padStart(6, '0')}`;
  return { id, office: 'WO', number: id.slice(4) };
}

function cnApplication(compact: string): DocNumber | undefined {
  const match = CN_APPLICATION_DOTTED.exec(compact) ?? CN_PATENT_ZL.exec(compact);
  if (!match) return undefined;
  // The check digit is dropped: DOCDB, OPS and PatSnap key CN applications without it.
  return { id: `CN${match[1]}`, office: 'CN', number: match[1]! };
}

/** Office-specific spellings of the same number. */
function canonicalNumber(office: string, number: string, role: DocNumberHints['role']): string {
  if (office === 'US' && role !== 'application') {
    if (/^\d{1,8}$/.test(number)) return String(Number(number)); // grant: 06859910 → 6859910
    if (/^(?:19|20)\d{8}$/.test(number)) return `${number.slice(0, 4)}0${number.slice(4)}`; // DOCDB 2013101709
    const prefixed = /^(D|RE|PP|H|T)0*(\d+)$/.exec(number); // D0533981 → D533981
    if (prefixed) return `${prefixed[1]}${prefixed[2]}`;
  }
  // DOCDB (and Lens) write a US application as filing year + series code + serial
  // (`201462012345`); the USPTO writes series code + serial (`62012345`). Keyed the USPTO way so
  // a US member's provisional or parent meets the same number claimed by a foreign member.
  const docdbUsApplication = /^(?:19|20)\d{2}(\d{8})$/.exec(number);
  if (office === 'US' && role === 'application' && docdbUsApplication) return docdbUsApplication[1]!;
  // EPODOC writes an EP application as four-digit year + zero + serial (`EP20100167109`, as in EPO
  // OPS priority claims, see numbers.test.ts); DOCDB and Lens as two-digit year + serial.
  const epodocEpApplication = /^(?:19|20)(\d{2})0(\d{6})$/.exec(number);
  if (office === 'EP' && role === 'application' && epodocEpApplication)
    return `${epodocEpApplication[1]}${epodocEpApplication[2]}`;
  if (office === 'WO' && /^\d{7}$/.test(number)) {
    const yy = Number(number.slice(0, 2)); // WO 01/12345 → WO2001012345
    return `${yy > 50 ? 19 : 20}${number.slice(0, 2)}0${number.slice(2)}`;
  }
  if (office === 'CN' && /^(?:19|20)\d{11}$/.test(number)) return number.slice(0, 12); // check digit glued on
  return number;
}

/** Removes separators exporters put inside numbers: spaces, hyphens, slashes, commas, dots, `_`. */
function compactNumber(raw: string): string {
  return toHalfWidth(raw)
    .toUpperCase()
    .replace(/[\s\-_,/]/g, '');
}

/**
 * Parses one document number. Returns undefined when no office can be found or no digits are
 * present, so the caller decides whether that rejects the row.
 */
export function parseDocNumber(raw: string, hints: DocNumberHints = {}): DocNumber | undefined {
  const upper = toHalfWidth(raw).toUpperCase().trim();
  const pct = pctApplication(upper.replace(/\s/g, ''));
  if (pct) return pct;
  const compact = compactNumber(upper);
  const cn = cnApplication(compact);
  if (cn) return cn;
  const noDots = compact.replace(/\./g, '').replace(/^ZL/, 'CN');
  const officeMatch = OFFICE_AND_BODY.exec(noDots);
  const hintOffice = hints.office ? toHalfWidth(hints.office).toUpperCase().trim() : undefined;
  const [office, body] =
    officeMatch && !/^\d/.test(noDots) ? [officeMatch[1]!, officeMatch[2]!] : [hintOffice, noDots];
  if (!office || !OFFICE_CODE.test(office) || !/\d/.test(body)) return undefined;
  const kindMatch = BODY_AND_KIND.exec(body);
  const rawNumber = kindMatch ? kindMatch[1]! : body;
  const kind = kindMatch ? kindMatch[2] : hints.kind ? compactNumber(hints.kind) || undefined : undefined;
  if (!/^[A-Z]{0,2}\d[\dA-Z]*$/.test(rawNumber)) return undefined;
  const number = canonicalNumber(office, rawNumber, hints.role);
  // Application kinds (Lens `A`, `W`, DOCDB `A`) are not part of an application's identity.
  const idKind = hints.role === 'application' ? '' : (kind ?? '');
  const doc: DocNumber = { id: `${office}${number}${idKind}`, office, number };
  if (kind) doc.kind = kind;
  return doc;
}

/** Lens: `US 201161550506 P 20111024` — number, kind, then the priority date as YYYYMMDD (→ `US61550506`). */
const LENS_PRIORITY = /^(.*?)\s+(\d{8})$/;
/** PATENTSCOPE `Priority Data`: `201911234567.8 09.10.2019 CN` — number, dd.mm.yyyy, office. */
const PATENTSCOPE_PRIORITY = /^(.+?)\s+(\d{1,2}\.\d{1,2}\.\d{4})\s+([A-Z]{2})$/;

/**
 * A priority cell → number and date. The date is checked like every other date (parseDate): an
 * impossible one (`20111345`) throws BAD_PRIORITY_DATE, so the record is rejected as one with a bad
 * application date is (ingest/README.md, "Bad dates").
 */
export function parsePriorityNumber(raw: string): { number: DocNumber; date?: string } | undefined {
  const text = raw.trim();
  const patentscope = PATENTSCOPE_PRIORITY.exec(text);
  if (patentscope) {
    const number = parseDocNumber(patentscope[1]!, { office: patentscope[3]!, role: 'application' });
    if (!number) return undefined;
    const date = parseDate(patentscope[2], 'priorityNumbers', 'dmy');
    return date ? { number, date } : { number };
  }
  const lens = LENS_PRIORITY.exec(text);
  const number = parseDocNumber(lens ? lens[1]! : text, { role: 'application' });
  if (!number) return undefined;
  const date = lens ? parseDate(lens[2], 'priorityNumbers', 'dmy') : undefined;
  return date ? { number, date } : { number };
}
