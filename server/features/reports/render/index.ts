/** One renderer per report format. The HTML renderer is a PLACEHOLDER until it lands. */
import type { ReportFormat } from '@graph-schema/dto/report';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';
import type { Renderer } from './renderer';
import { renderXlsx } from './xlsx';

const notBuilt =
  (format: ReportFormat): Renderer =>
  async () => {
    throw new Error(`the ${format} renderer is not built yet`);
  };

export const RENDERERS: Record<ReportFormat, Renderer> = {
  html: notBuilt('html'),
  pdf: renderPdf,
  docx: renderDocx,
  xlsx: renderXlsx,
};
