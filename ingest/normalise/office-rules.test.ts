import { describe, expect, it } from 'vitest';
import { emptyRecord, type PatentRecord } from '../record';
import { inactiveReasonOf } from './legal-status';
import { applyOfficeRules } from './office-rules';

function record(publication: string, office: string, extra: Partial<PatentRecord> = {}): PatentRecord {
  return {
    ...emptyRecord(
      { id: publication, office, number: publication.slice(2) },
      { file: 'f.csv', line: 2, format: 'lens' },
    ),
    ...extra,
  };
}

describe('applyOfficeRules', () => {
  it('puts a WO publication out of force whatever its row said (a PCT application is never in force)', () => {
    const wo = record('WO2021077001A1', 'WO', {
      legal: { status: 'active', raw: 'PCT有效期内', events: [] },
    });
    expect(applyOfficeRules(wo)).toEqual([]);
    expect(wo.legal).toEqual({ status: 'inactive', raw: 'PCT有效期内', events: [] });
    expect(inactiveReasonOf(wo.legal.raw, wo.legal.events, 'WO')).toBe('international_application');
  });

  it('warns about office codes that are not WIPO ST.3 codes, and knows historic and regional ones', () => {
    const unknown = record('ZZ1234567', 'ZZ', {
      application: { id: 'QQ2020000007', office: 'QQ', number: '2020000007' },
      priorities: [{ number: { id: 'SU1234567', office: 'SU', number: '1234567' } }],
    });
    expect(applyOfficeRules(unknown)).toEqual([
      {
        code: 'UNKNOWN_OFFICE_CODE',
        message: 'office code "ZZ" of ZZ1234567 is not a WIPO ST.3 code',
        field: 'publicationNumber',
      },
      {
        code: 'UNKNOWN_OFFICE_CODE',
        message: 'office code "QQ" of QQ2020000007 is not a WIPO ST.3 code',
        field: 'applicationNumber',
      },
    ]);
    for (const office of ['SU', 'DD', 'CS', 'YU', 'EP', 'WO', 'EA', 'AP', 'OA', 'GC', 'CN', 'TW'])
      expect(applyOfficeRules(record(`${office}1234567`, office))).toEqual([]);
  });
});
