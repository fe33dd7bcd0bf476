/**
 * The non-CN members (US, EP, WO, JP, KR) as a Lens.org CSV export in the current layout:
 * `;;` between values, ISO dates, one row per publication. Lens has no claims or remarks
 * column, so the file name carries the SYNTHETIC DEMO DATA mark.
 */

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { csvLine } from './csv-quote';
import { displayKeyFromId } from './numbering';
import type { DemoPatent } from './types';

/**
 * The current Lens export header as given in the task brief, plus `Abstract` after `Title`: two
 * independent public descriptions of current Lens exports list it there.
 */
export const LENS_HEADER = [
  '#',
  'Jurisdiction',
  'Kind',
  'Display Key',
  'Lens ID',
  'Publication Date',
  'Publication Year',
  'Application Number',
  'Application Date',
  'Priority Numbers',
  'Earliest Priority Date',
  'Title',
  'Abstract',
  'Applicants',
  'Inventors',
  'Owners',
  'URL',
  'Document Type',
  'Has Full Text',
  'Cites Patent Count',
  'Cited by Patent Count',
  'Simple Family Size',
  'Simple Family Members',
  'Simple Family Member Jurisdictions',
  'Extended Family Size',
  'Extended Family Members',
  'Extended Family Member Jurisdictions',
  'Sequence Count',
  'CPC Classifications',
  'IPCR Classifications',
  'US Classifications',
  'NPL Citation Count',
  'NPL Resolved Citation Count',
  'NPL Resolved Lens ID(s)',
  'NPL Resolved External ID(s)',
  'NPL Citations',
  'Cites Patent Citations',
  'Legal Status',
] as const;

const MULTI = ';;';

/** Lens lists the application itself as priority when none is claimed, with the date appended. */
function priorityNumbers(patent: DemoPatent): string {
  const priorities =
    patent.priorities.length > 0
      ? patent.priorities
      : [{ number: patent.applicationNumber, date: patent.applicationDate }];
  return priorities.map((priority) => `${priority.number} ${priority.date.replaceAll('-', '')}`).join(MULTI);
}

export function lensRow(patent: DemoPatent, rowNumber: number): string[] {
  const members = patent.familyMembers.map(displayKeyFromId).join(MULTI);
  const jurisdictions = [...new Set(patent.familyMembers.map((id) => id.slice(0, 2)))].join(MULTI);
  const familySize = String(patent.familyMembers.length);
  return [
    String(rowNumber),
    patent.office,
    patent.kind,
    patent.displayKey,
    patent.lensId,
    patent.publicationDate,
    patent.publicationDate.slice(0, 4),
    patent.applicationNumber,
    patent.applicationDate,
    priorityNumbers(patent),
    patent.earliestPriorityDate,
    patent.title.en,
    patent.abstract.en,
    patent.applicants.map((party) => party.name).join(MULTI),
    patent.inventors.join(MULTI),
    patent.owners.map((party) => party.name).join(MULTI),
    `https://lens.org/${patent.lensId}`,
    patent.isGrant ? 'Granted Patent' : 'Patent Application',
    patent.office === 'JP' || patent.office === 'KR' ? 'no' : 'yes',
    String(patent.citations.length),
    String(patent.citedBy.length),
    familySize,
    members,
    jurisdictions,
    familySize,
    members,
    jurisdictions,
    '0',
    patent.cpc.join(MULTI),
    patent.ipc.join(MULTI),
    '',
    '0',
    '0',
    '',
    '',
    '',
    patent.citations.map(displayKeyFromId).join(MULTI),
    patent.legal.lensStatus,
  ];
}

/** Streams rows to disk, waiting for the file to drain so memory stays bounded. */
export class LensCsvWriter {
  private readonly stream: WriteStream;
  private rows = 0;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    this.stream.write(csvLine(LENS_HEADER));
  }

  async add(patent: DemoPatent): Promise<void> {
    this.rows += 1;
    if (!this.stream.write(csvLine(lensRow(patent, this.rows)))) await once(this.stream, 'drain');
  }

  async close(): Promise<number> {
    this.stream.end();
    await once(this.stream, 'finish');
    return this.rows;
  }
}
