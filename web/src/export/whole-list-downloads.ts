/**
 * CSV and Excel buttons for a whole list: on click the view's `build` fetches every page (all-pages.ts)
 * and words the header (export-metadata.ts); the CSV holds the first table under the header lines,
 * the workbook the About sheet first and then every table. Nothing is fetched until a click.
 */
import { downloadButton } from '@web/src/dom/download-button';
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import { csvBlob } from './csv';
import { csvWithMetadata, type ExportMetadata, xlsxWithMetadataBlob } from './export-metadata';
import type { SheetTable } from './xlsx';

export interface WholeList {
  about: ExportMetadata;
  /** At least one; the first is the CSV's. */
  tables: [SheetTable, ...SheetTable[]];
}

export interface WholeListDownloadsProps {
  t: Translate;
  /** File name without extension. */
  fileStem: string;
  build(): Promise<WholeList>;
  /** Button labels when the view words them itself (e.g. with the row count); default "CSV (all rows)". */
  labels?: { csv: string; xlsx: string };
}

/** The day of the export, for the header's "exported" line (the one date in the content). */
export function exportDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function wholeListDownloads(props: WholeListDownloadsProps): HTMLElement {
  const { t } = props;
  const className = 'button button-small';
  return h(
    'span',
    { attrs: { class: 'tool-group', 'data-testid': 'whole-list-downloads' } },
    downloadButton({
      t,
      className: `${className} export-all-csv`,
      label: props.labels?.csv ?? t('export.allCsv'),
      fileName: `${props.fileStem}.csv`,
      makeBlob: async () => {
        const { about, tables } = await props.build();
        return csvBlob(csvWithMetadata(about, tables[0].columns, tables[0].rows));
      },
    }),
    downloadButton({
      t,
      className: `${className} export-all-xlsx`,
      label: props.labels?.xlsx ?? t('export.allXlsx'),
      fileName: `${props.fileStem}.xlsx`,
      makeBlob: async () => {
        const { about, tables } = await props.build();
        return xlsxWithMetadataBlob(about, tables);
      },
    }),
  );
}
