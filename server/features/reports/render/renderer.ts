/**
 * A renderer turns the built report into one file format. Renderers only lay out what the document
 * says (graph-schema/dto/report.ts), except the XLSX dataset appendix, which also reads the scope's
 * rows through the report context (families, members, branch tags, scores, gaps).
 */
import type { ReportDocument, ReportFormat } from '@graph-schema/dto/report';
import type { ReportContext } from '../report-context';
import type { CompressedEntry } from './zip-store';

export interface RenderInput {
  document: ReportDocument;
  context: ReportContext;
  /** The self-contained HTML rendering (the PDF prints it); made once per job. */
  html(): Promise<string>;
  /** The XLSX appendix's data sheets when they were made during the build (generate-report.ts). */
  datasetSheets?: Promise<readonly CompressedEntry[]>;
}

/** `progress` takes the renderer's own fraction done (0–1). */
export type Renderer = (input: RenderInput, progress: (fraction: number) => void) => Promise<Uint8Array>;

export interface FormatInfo {
  extension: string;
  contentType: string;
}

export const FORMAT_INFO: Record<ReportFormat, FormatInfo> = {
  html: { extension: 'html', contentType: 'text/html; charset=utf-8' },
  pdf: { extension: 'pdf', contentType: 'application/pdf' },
  docx: {
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: {
    extension: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
};
