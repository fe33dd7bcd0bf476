/**
 * Dates as whole UTC days since 1970-01-01: plain integers sort, compare and add without time-zone
 * surprises, and convert to ISO only when written.
 */
const DAY_MS = 86_400_000;

export type DayNumber = number;

export function dayFromIso(iso: string): DayNumber {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function dayFromParts(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function isoFromDay(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `20200101`, the compact form some Chinese exports write. */
export function compactFromDay(day: DayNumber): string {
  return isoFromDay(day).replaceAll('-', '');
}

export function yearOfDay(day: DayNumber): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** A UTC midnight Date, which exceljs stores as a whole Excel serial (no fractional day). */
export function utcDateFromDay(day: DayNumber): Date {
  return new Date(day * DAY_MS);
}

/** Adds calendar years keeping month and day (29 Feb rolls to 1 Mar). Terms run in years from filing. */
export function addYears(day: DayNumber, years: number): DayNumber {
  const date = new Date(day * DAY_MS);
  return dayFromParts(date.getUTCFullYear() + years, date.getUTCMonth() + 1, date.getUTCDate());
}

/** Months as 30.44 days: exact calendar months do not matter for synthetic lags. */
export function addMonths(day: DayNumber, months: number): DayNumber {
  return day + Math.round(months * 30.44);
}
