/**
 * Dates as exporters write them → ISO `YYYY-MM-DD`. Blank cells give undefined; a value that is
 * present but unreadable throws, so the reader can reject the row instead of dropping the date.
 */
import type { IngestRejectionCode } from '@graph-schema/dto/ingest-problems';
import { InvalidFieldError, isBlank } from './text';

/** Order of day/month/year in slash dates: Lens writes dd/mm/yy, US tools mm/dd/yyyy. */
export type DateOrder = 'dmy' | 'mdy';

/** The fields dates are read from, and the rejection code an unreadable value of each gets. */
const DATE_REJECTION_CODES = {
  publicationDate: 'BAD_PUBLICATION_DATE',
  applicationDate: 'BAD_APPLICATION_DATE',
  filing_date: 'BAD_APPLICATION_DATE', // PatentsView g_application
  earliestPriorityDate: 'BAD_PRIORITY_DATE',
  priorityDates: 'BAD_PRIORITY_DATE',
  priorityNumbers: 'BAD_PRIORITY_DATE', // a date inside a priority cell (Lens, PATENTSCOPE)
  grantDate: 'BAD_GRANT_DATE',
  patent_date: 'BAD_GRANT_DATE', // PatentsView g_patent
  date: 'BAD_DATE', // XML <document-id><date>, of a publication, application, priority or citation
  'legal date': 'BAD_DATE', // OPS legal event
} as const satisfies Record<string, IngestRejectionCode>;
export type DateField = keyof typeof DATE_REJECTION_CODES;

/** Excel stores dates as days since 1899-12-30 (the 1900 leap-year bug is folded into the epoch). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials between these bounds are 1954…2119: wide enough, and never confused with YYYYMMDD. */
const MIN_EXCEL_SERIAL = 20_000;
const MAX_EXCEL_SERIAL = 80_000;

export function excelSerialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Two-digit years: up to this year's yy means 20yy, later means 19yy (no patent is dated in the future). */
function expandYear(year: string, now = new Date()): number {
  if (year.length === 4) return Number(year);
  const yy = Number(year);
  return yy <= now.getUTCFullYear() % 100 ? 2000 + yy : 1900 + yy;
}

function isoFromParts(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid && year >= 1700 ? date.toISOString().slice(0, 10) : undefined;
}

function parseDateText(text: string, order: DateOrder): string | undefined {
  const ymd = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?(?:[ T].*)?$/.exec(text);
  if (ymd) return isoFromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  // USPTO citations give month precision as day 00 (19980800): read it as the 1st.
  if (compact) return isoFromParts(Number(compact[1]), Number(compact[2]) || 1, Number(compact[3]) || 1);
  const slash = /^(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})$/.exec(text);
  if (slash) {
    const [first, second] = [Number(slash[1]), Number(slash[2])];
    const [day, month] = order === 'dmy' ? [first, second] : [second, first];
    return isoFromParts(expandYear(slash[3]!), month, day);
  }
  const serial = /^\d{5}(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (serial >= MIN_EXCEL_SERIAL && serial <= MAX_EXCEL_SERIAL) return excelSerialToIso(serial);
  return undefined;
}

/** Parses a date cell (text, Excel serial or Date) into ISO; `field` names the column in errors. */
export function parseDate(
  value: string | number | Date | undefined,
  field: DateField,
  order: DateOrder = 'dmy',
): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return parseDate(String(value), field, order);
  if (isBlank(value)) return undefined;
  const iso = parseDateText(value.trim(), order);
  if (!iso)
    throw new InvalidFieldError(DATE_REJECTION_CODES[field], field, `unreadable date "${value.trim()}"`);
  return iso;
}

/** Adds whole years to an ISO date (29 Feb rolls to 1 Mar in common years, as offices count). */
export function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}
