/**
 * Table layouts: which header names (per exporter, per language) feed which canonical field.
 * Headers are compared after width folding and lower-casing, so `公开（公告）号` (CNIPR, full-width)
 * and `公开(公告)号` (incoPat) are one name.
 */
import type { DateOrder } from '../normalise/dates';
import { toHalfWidth } from '../normalise/text';

export const TABLE_FIELDS = [
  'publicationNumber',
  'jurisdiction',
  'kind',
  'applicationNumber',
  'applicationDate',
  'publicationDate',
  'grantDate',
  'priorityNumbers',
  'priorityDates',
  'earliestPriorityDate',
  'title',
  'titleTranslated',
  'abstract',
  'abstractTranslated',
  'applicants',
  'owners',
  'inventors',
  'ipcMain',
  'ipc',
  'cpc',
  'citations',
  'citedBy',
  'citedCount',
  /** Non-patent citation texts (Lens `NPL Citations`). */
  'nplCitations',
  /** Lens ids of the non-patent citations: counted when the texts are missing. */
  'nplCitationIds',
  'nplCitationCount',
  'familyMembers',
  'familySize',
  'familyId',
  'legalStatus',
  'claims',
  'firstClaim',
  'claimsCount',
  'documentType',
  'transferCount',
  'licenceCount',
  'pledgeCount',
  'litigationCount',
] as const;
export type TableField = (typeof TABLE_FIELDS)[number];

export interface TableLayout {
  /** Header names per field, in order of preference (the first present one is used). */
  columns: Partial<Record<TableField, readonly string[]>>;
  /** Separator inside multi-value cells. */
  multiValue: RegExp;
  /** Separator for name lists when it differs (Google joins names with commas). */
  nameSeparator?: RegExp;
  dateOrder: DateOrder;
  /** Office assumed for numbers written without one (CNIPR writes bare CN numbers). */
  defaultOffice?: string;
}

export function headerKey(header: string): string {
  return toHalfWidth(header)
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Field → column index for one file's header row. */
export type ColumnIndex = Partial<Record<TableField, number>>;

export function indexColumns(headers: readonly string[], layout: TableLayout): ColumnIndex {
  const positions = new Map<string, number>();
  headers.forEach((header, index) => {
    const key = headerKey(header);
    if (key && !positions.has(key)) positions.set(key, index);
  });
  const index: ColumnIndex = {};
  for (const field of TABLE_FIELDS) {
    const names = layout.columns[field] ?? [];
    const found = names
      .map((name) => positions.get(headerKey(name)))
      .find((position) => position !== undefined);
    if (found !== undefined) index[field] = found;
  }
  return index;
}

/** True when every group has at least one of its names among the headers. */
export function hasHeaders(
  headerKeys: ReadonlySet<string>,
  ...groups: readonly (readonly string[])[]
): boolean {
  return groups.every((group) => group.some((name) => headerKeys.has(headerKey(name))));
}
