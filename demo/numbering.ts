/**
 * Document and application numbers in each office's real shape, allocated so that numbers rise
 * with dates (as real serials do) and never collide. Ranges per year are rough fits to the real
 * series (CN 101… in 2008 to 117… in 2024, US grants 7.3 M → 11.7 M …): realistic-looking, and
 * all after 2007, so the external (pre-2008) citations can never clash with corpus numbers.
 */
import type { Office } from './types';

/** A numbering series: one office and document family of kind codes. */
export type Series = 'CN-A' | 'CN-U' | 'US-A' | 'US-B' | 'EP-A' | 'WO-A' | 'JP-A' | 'JP-B' | 'KR-A' | 'KR-B';

interface SeriesRule {
  /** First number of the year's range. */
  base: (year: number) => number;
  /** Numbers available in one year (the stride spreads allocations over it). */
  span: (year: number) => number;
}

const sinceStart = (year: number) => year - 2008;

const RULES: Record<Series, SeriesRule> = {
  'CN-A': {
    base: (y) => 101_100_000 + 150_000 * sinceStart(y) + 60_000 * sinceStart(y) ** 2,
    span: (y) => 150_000 + 120_000 * sinceStart(y),
  },
  'CN-U': {
    base: (y) => 201_000_000 + 300_000 * sinceStart(y) + 40_000 * sinceStart(y) ** 2,
    span: (y) => 300_000 + 80_000 * sinceStart(y),
  },
  'US-A': { base: () => 1_000, span: () => 390_000 },
  'US-B': { base: (y) => 7_330_000 + 270_000 * sinceStart(y), span: () => 270_000 },
  'EP-A': { base: (y) => 1_900_000 + 150_000 * sinceStart(y), span: () => 150_000 },
  'WO-A': { base: () => 1_000, span: () => 250_000 },
  'JP-A': { base: () => 1_000, span: () => 190_000 },
  'JP-B': { base: (y) => 4_100_000 + 200_000 * sinceStart(y), span: () => 200_000 },
  'KR-A': { base: () => 1_000, span: () => 180_000 },
  'KR-B': { base: (y) => 100_850_000 + 115_000 * sinceStart(y), span: () => 115_000 },
};

/** Serial numbers for `count` documents of one series and year, in date order. */
export function allocateSerials(series: Series, year: number, count: number, jitter: () => number): number[] {
  const rule = RULES[series];
  const stride = Math.max(1, Math.min(97, Math.floor(rule.span(year) / Math.max(1, count))));
  const base = rule.base(year);
  return Array.from({ length: count }, (_, rank) => base + rank * stride + Math.floor(jitter() * stride));
}

export interface DocumentNumber {
  /** Normalised key: `CN112345678A`, `US20210123456A1`, `KR102123456B1`. */
  id: string;
  /** Lens display key: `CN 112345678 A`, `US 2021/0123456 A1`, `WO 2021/123456 A1`. */
  displayKey: string;
}

/** Year-based series (US/WO/JP/KR applications) put the publication year in front of the serial. */
export function documentNumber(series: Series, year: number, serial: number, kind: string): DocumentNumber {
  const office = series.slice(0, 2);
  switch (series) {
    case 'US-A': {
      const body = String(serial).padStart(7, '0');
      return { id: `US${year}${body}${kind}`, displayKey: `US ${year}/${body} ${kind}` };
    }
    case 'WO-A': {
      const body = String(serial).padStart(6, '0');
      return { id: `WO${year}${body}${kind}`, displayKey: `WO ${year}/${body} ${kind}` };
    }
    case 'JP-A':
      return plain(office, `${year}${String(serial).padStart(6, '0')}`, kind);
    case 'KR-A':
      return plain(office, `${year}${String(serial).padStart(7, '0')}`, kind);
    default:
      return plain(office, String(serial), kind);
  }
}

function plain(office: string, number: string, kind: string): DocumentNumber {
  return { id: `${office}${number}${kind}`, displayKey: `${office} ${number} ${kind}` };
}

/** CNIPA check digit of a 12-digit application number: weights 2…9,2…5, sum mod 11, 10 → X. */
export function cnCheckDigit(digits: string): string {
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let index = 0; index < 12; index += 1) sum += Number(digits[index]) * weights[index]!;
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

/** CN application type digit: 1 invention, 2 utility model, 8 PCT invention entering CN. */
export type CnApplicationType = 1 | 2 | 8;

export interface ApplicationNumber {
  /** As the office's own export writes it: `CN202010123456.7`, `US 202117123456 A`. */
  native: string;
  /** As Lens writes it, with the date appended for priority lists: `CN 202010123456 A`. */
  lens: string;
}

export interface ApplicationNumberOptions {
  cnType?: CnApplicationType;
  /** Receiving office of a PCT application (the applicant's home office). */
  receivingOffice?: string;
}

export function applicationNumber(
  office: Office,
  year: number,
  serial: number,
  { cnType = 1, receivingOffice = 'CN' }: ApplicationNumberOptions = {},
): ApplicationNumber {
  switch (office) {
    case 'CN': {
      const digits = `${year}${cnType}${String(serial % 10_000_000).padStart(7, '0')}`;
      return { native: `CN${digits}.${cnCheckDigit(digits)}`, lens: `CN ${digits} A` };
    }
    case 'US': {
      // US series codes move on every few years: 13 from 2008, 14 from 2011, 15 from 2014 …
      // Series code + serial is the application's identity (the USPTO writes only those; ingest
      // keys DOCDB's year-prefixed form by them), so the serial's first digit is the year's place
      // in its series: years of one series never repeat a number.
      const offset = year - 2008;
      const seriesCode = String(13 + Math.floor(offset / 3)).padStart(2, '0');
      const yearInSeries = ((offset % 3) + 3) % 3;
      const seriesSerial = yearInSeries * 100_000 + (serial % 100_000);
      const number = `${year}${seriesCode}${String(seriesSerial).padStart(6, '0')}`;
      return { native: `US ${number} A`, lens: `US ${number} A` };
    }
    case 'EP': {
      const number = `${String(year).slice(2)}${String(serial % 1_000_000).padStart(6, '0')}`;
      return { native: `EP ${number} A`, lens: `EP ${number} A` };
    }
    case 'WO': {
      // Lens keys PCT applications by receiving office: `CN 2019123456 W`.
      const number = `${year}${String(serial % 1_000_000).padStart(6, '0')}`;
      return { native: `${receivingOffice} ${number} W`, lens: `${receivingOffice} ${number} W` };
    }
    case 'JP':
    case 'KR': {
      const width = office === 'JP' ? 6 : 7;
      const number = `${year}${String(serial % 10 ** width).padStart(width, '0')}`;
      return { native: `${office} ${number} A`, lens: `${office} ${number} A` };
    }
  }
}

/** Lens IDs look like `008-495-196-637-61X`: 15 digits in groups of three, the last sometimes X. */
export function lensIdFrom(hashA: number, hashB: number): string {
  const digits = `${String(hashA).padStart(10, '0')}${String(hashB % 100_000).padStart(5, '0')}`;
  const groups = digits.match(/.{3}/g)!;
  if (hashB % 11 === 10) groups[4] = `${groups[4]!.slice(0, 2)}X`;
  return groups.join('-');
}

/** Lens display key from a normalised id: `US20210123456A1` → `US 2021/0123456 A1`, `CN112345678A` → `CN 112345678 A`. */
export function displayKeyFromId(id: string): string {
  const yearSerial = /^(US|WO)((?:19|20)\d{2})(\d{6,7})([A-Z]\d?)$/.exec(id);
  if (yearSerial && (yearSerial[1] === 'WO' || yearSerial[3]!.length === 7)) {
    return `${yearSerial[1]} ${yearSerial[2]}/${yearSerial[3]} ${yearSerial[4]}`;
  }
  const plainMatch = /^([A-Z]{2})(\d+)([A-Z]\d?)$/.exec(id);
  return plainMatch ? `${plainMatch[1]} ${plainMatch[2]} ${plainMatch[3]}` : id;
}
