/**
 * Rules that hang on the office of a record, applied to every reader's records (read.ts):
 * a WO publication is put out of force (a PCT application is never in force itself; its reason is
 * `international_application`, legal-status.ts), and office codes that WIPO ST.3 does not know
 * are warned about (UNKNOWN_OFFICE_CODE) instead of loading silently.
 */
import { isSt3OfficeCode } from '@graph-schema/vocabulary/office-codes';
import type { DocNumber, PatentRecord, RecordWarning } from '../record';

function unknownOffice(number: DocNumber | undefined, field: string): RecordWarning[] {
  if (!number || isSt3OfficeCode(number.office)) return [];
  return [
    {
      code: 'UNKNOWN_OFFICE_CODE',
      message: `office code "${number.office}" of ${number.id} is not a WIPO ST.3 code`,
      field,
    },
  ];
}

/** Applies the office rules to `record` in place; returns the warnings to add to it. */
export function applyOfficeRules(record: PatentRecord): RecordWarning[] {
  if (record.publication.office === 'WO') record.legal.status = 'inactive';
  return [
    ...unknownOffice(record.publication, 'publicationNumber'),
    ...unknownOffice(record.application, 'applicationNumber'),
    ...record.priorities.flatMap((priority) => unknownOffice(priority.number, 'priorityNumbers')),
  ];
}
