/**
 * Makes a report's files: builds the document (chapters take the first 60 % of the progress), then
 * runs each requested format's renderer in turn (the remaining 40 %, shared equally). Used by the
 * background jobs, the `npm run report` CLI and bench/report.ts, so all three make the same bytes.
 * The renderers are passed in: tests and the bench can run a format whose renderer is not built.
 */
import { projectAnalysisScope } from '@graph-schema/dto/project';
import type { ReportFormat } from '@graph-schema/dto/report';
import { isDatabaseUnavailable } from '@server/platform/errors';
import { type BuildReportInput, buildReport } from './build-report';
import type { Renderer, RenderInput } from './render/renderer';
import { prepareDataSheets } from './render/xlsx';
import { graphDatasetRows } from './render/xlsx-rows';
import { messageOf, ReportError } from './report-error';

/** Share of the progress the chapters take; the renderers share the rest. */
export const BUILD_SHARE = 0.6;

export interface GenerateReportInput extends Omit<BuildReportInput, 'onProgress'> {
  formats: readonly ReportFormat[];
  renderers: Readonly<Record<ReportFormat, Renderer>>;
  /** `step` is a chapter id or `render:<format>`; `fraction` of the whole job (0–1). */
  onProgress?: (step: string, fraction: number) => void;
  /** Called once per format as soon as its bytes exist (the job writes the file then). */
  onFile?: (file: RenderedFile) => Promise<void>;
}

export interface RenderedFile {
  format: ReportFormat;
  bytes: Uint8Array;
  /** Time the renderer took, in ms (the bench reports it). */
  renderMs: number;
}

export interface GeneratedReport {
  files: RenderedFile[];
  buildMs: number;
}

export async function generateReport(input: GenerateReportInput): Promise<GeneratedReport> {
  const progress = input.onProgress ?? (() => {});
  const started = performance.now();
  // The appendix's data sheets are made while the chapters are built, not after (xlsx.ts).
  const datasetSheets = input.formats.includes('xlsx')
    ? prepareDataSheets(
        graphDatasetRows(input.server, projectAnalysisScope(input.project), input.language),
        (text) => text[input.language],
      )
    : undefined;
  // A failure surfaces when the XLSX renderer awaits the sheets (REPORT_RENDER_FAILED), not before.
  datasetSheets?.catch(() => {});
  const built = await buildReport({
    ...input,
    onProgress: (step, f) => progress(step, f * BUILD_SHARE),
  }).catch((error: unknown) => {
    if (isDatabaseUnavailable(error))
      throw new ReportError('REPORT_DATABASE_UNAVAILABLE', messageOf(error), { cause: error });
    throw new ReportError('REPORT_BUILD_FAILED', messageOf(error), { cause: error });
  });
  const buildMs = performance.now() - started;
  // The HTML is rendered once per job: the PDF prints it, and the html format reuses the same bytes.
  let html: Promise<Uint8Array> | undefined;
  const renderInput: RenderInput = {
    document: built.document,
    context: built.context,
    html: async () => new TextDecoder().decode(await htmlBytes()),
    ...(datasetSheets && { datasetSheets }),
  };
  const htmlBytes = () => {
    html ??= renderFormat('html', input.renderers.html, renderInput, () => {});
    return html;
  };
  const files: RenderedFile[] = [];
  const share = (1 - BUILD_SHARE) / input.formats.length;
  for (const [index, format] of input.formats.entries()) {
    const step = `render:${format}`;
    const at = (f: number) => progress(step, Math.min(1, BUILD_SHARE + share * (index + f)));
    at(0);
    const renderStarted = performance.now();
    const bytes =
      format === 'html'
        ? await htmlBytes()
        : await renderFormat(format, input.renderers[format], renderInput, at);
    const file = { format, bytes, renderMs: performance.now() - renderStarted };
    files.push(file);
    await input.onFile?.(file);
    at(1);
  }
  return { files, buildMs };
}

async function renderFormat(
  format: ReportFormat,
  renderer: Renderer,
  input: RenderInput,
  progress: (fraction: number) => void,
): Promise<Uint8Array> {
  try {
    return await renderer(input, (f) => progress(Math.max(0, Math.min(1, f))));
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError('REPORT_RENDER_FAILED', `${format}: ${messageOf(error)}`, { cause: error });
  }
}
