/** One renderer per report format. PLACEHOLDERS until each renderer lands. */
import type { ReportFormat } from '@graph-schema/dto/report';
import type { Renderer } from './renderer';

const notBuilt =
  (format: ReportFormat): Renderer =>
  async () => {
    throw new Error(`the ${format} renderer is not built yet`);
  };

export const RENDERERS: Record<ReportFormat, Renderer> = {
  html: notBuilt('html'),
  pdf: notBuilt('pdf'),
  docx: notBuilt('docx'),
  xlsx: notBuilt('xlsx'),
};
