/**
 * Estimated expiry by office and patent type — an estimate only: term extensions, adjustments,
 * terminal disclaimers and lapses for unpaid fees are not known from bibliographic data.
 */
import type { PatentRecord } from '../record';
import { addYears } from './dates';

export interface ExpiryEstimate {
  /** ISO date; undefined when the date the rule counts from is missing. */
  date?: string;
  /** The rule applied, in words, so a report can show why. */
  basis: string;
}

type ExpiryInput = Pick<PatentRecord, 'publication' | 'type' | 'applicationDate' | 'grantDate'>;

/** CN design term became 15 years for applications filed from 2021-06-01 (Patent Law 4th amendment). */
const CN_DESIGN_15_YEARS_FROM = '2021-06-01';
/** US design term became 15 years from grant for applications filed from 2015-05-13 (PLTIA). */
const US_DESIGN_15_YEARS_FROM = '2015-05-13';

function fromFiling(record: ExpiryInput, years: number, rule: string): ExpiryEstimate {
  if (!record.applicationDate) return { basis: `${rule}: no filing date` };
  return {
    date: addYears(record.applicationDate, years),
    basis: `${rule}: ${years} years from filing ${record.applicationDate}`,
  };
}

function cnExpiry(record: ExpiryInput): ExpiryEstimate {
  if (record.type === 'utility_model') return fromFiling(record, 10, 'CN utility model');
  if (record.type === 'design') {
    const filed = record.applicationDate;
    const years = filed && filed >= CN_DESIGN_15_YEARS_FROM ? 15 : 10;
    return fromFiling(
      record,
      years,
      `CN design (${years} y ${years === 15 ? 'from' : 'before'} ${CN_DESIGN_15_YEARS_FROM})`,
    );
  }
  return fromFiling(record, 20, 'CN invention');
}

function usDesignExpiry(record: ExpiryInput): ExpiryEstimate {
  const filed = record.applicationDate;
  const years = filed && filed < US_DESIGN_15_YEARS_FROM ? 14 : 15;
  const rule = `US design (${years} y from grant, filed ${years === 15 ? 'from' : 'before'} ${US_DESIGN_15_YEARS_FROM})`;
  if (!record.grantDate) return { basis: `${rule}: no grant date` };
  return {
    date: addYears(record.grantDate, years),
    basis: `${rule}: ${years} years from grant ${record.grantDate}`,
  };
}

/**
 * A WO publication is an international application under the PCT: it confers no right and so never
 * expires; protection comes from its national/regional phase entries, which are their own records
 * (PCT Art. 11(3), 22, 39 — https://www.wipo.int/pct/en/texts/articles/atoc.html).
 */
const WO_BASIS =
  'WO international (PCT) application: never in force itself, so no expiry; terms run in the national or regional phase (CN, EP, US … members of its family)';

export function estimateExpiry(record: ExpiryInput): ExpiryEstimate {
  const office = record.publication.office;
  if (office === 'WO') return { basis: WO_BASIS };
  if (office === 'CN') return cnExpiry(record);
  if (office === 'US' && record.type === 'design') return usDesignExpiry(record);
  if (record.type === 'invention' || record.type === 'unknown') {
    return fromFiling(
      record,
      20,
      `${office} ${record.type === 'unknown' ? 'patent (type unknown, invention rule)' : 'invention'}`,
    );
  }
  return { basis: `${office} ${record.type}: no term rule for this office and type` };
}
