/** One renderer per report format. */
import type { ReportFormat } from '@graph-schema/dto/report';
import { renderDocx } from './docx';
import { renderHtmlFile } from './html';
import { renderPdf } from './pdf';
import type { Renderer } from './renderer';
import { renderXlsx } from './xlsx';

export const RENDERERS: Record<ReportFormat, Renderer> = {
  html: renderHtmlFile,
  pdf: renderPdf,
  docx: renderDocx,
  xlsx: renderXlsx,
};
