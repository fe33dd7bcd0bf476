/**
 * Builds the report document of a project: the context every chapter reads, then the chapters.
 * The analysis chapters are built first in GB/T 39551 order; then the chapters that summarise them
 * (limitations: which chapters had no data or failed; appendices: every method note; findings: the
 * top findings), each seeing what was built before it through `ctx.gathered`. The document keeps
 * REPORT_CHAPTERS order, so findings are built last but printed first.
 * The body chapters are built a few at once (build-concurrently.ts). A chapter builder that throws
 * does not stop the report: its chapter says so in an `empty` block with the error code, the failure
 * is logged, and the limitations chapter lists it (an unavailable database fails the whole build
 * instead). Pins go to the end of their chapter.
 */
import type { Project } from '@graph-schema/dto/project';
import { projectAnalysisScope } from '@graph-schema/dto/project';
import {
  type Pin,
  REPORT_CHAPTER_IDS,
  REPORT_CHAPTERS,
  type ReportChapter,
  type ReportChapterId,
  type ReportDocument,
  type ReportLanguage,
} from '@graph-schema/dto/report';
import type { ServerContext } from '@server/platform/context';
import { readDataState } from '@server/platform/data-version/read-data-version';
import { AppError, isDatabaseUnavailable } from '@server/platform/errors';
import { buildConcurrently } from './build-concurrently';
import { BUILD_TEXT } from './build-report.text';
import { CHAPTER_BUILDERS } from './chapters';
import { coverOf, reportParameters } from './cover';
import { graphHoldsDemoCorpus } from './demo-marker';
import { pinBlocksOf } from './pin-blocks';
import type {
  ChapterBuilder,
  ChapterContent,
  ChapterOutcome,
  GatheredContent,
  ReportContext,
} from './report-context';

export interface BuildReportInput {
  server: ServerContext;
  project: Project;
  pins: readonly Pin[];
  language: ReportLanguage;
  /** Day the report is made (YYYY-MM-DD). */
  today: string;
  /** Called as chapters finish: the chapter id and the fraction of chapters done. */
  onProgress?: (step: string, fraction: number) => void;
  /** Where a failed chapter is reported (default: console.error); the report goes on without it. */
  logChapterError?: (chapter: ReportChapterId, error: unknown) => void;
  /** The chapter builders (default CHAPTER_BUILDERS); a caller may swap one, e.g. to check failure handling. */
  builders?: Readonly<Record<ReportChapterId, ChapterBuilder>>;
}

export interface BuiltReport {
  document: ReportDocument;
  context: ReportContext;
}

/** Built after the others, in this order: each summarises what was built before it. */
const SUMMARY_CHAPTERS: readonly ReportChapterId[] = ['limitations', 'appendices', 'findings'];
const BODY_CHAPTERS = REPORT_CHAPTER_IDS.filter((id) => !SUMMARY_CHAPTERS.includes(id));
/** The order chapters are built in (and progress is reported in). */
export const BUILD_ORDER: readonly ReportChapterId[] = [...BODY_CHAPTERS, ...SUMMARY_CHAPTERS];

export const CHAPTER_FAILED_CODE = 'report.chapterFailed';

const errorCode = (error: unknown): string => (error instanceof AppError ? error.code : CHAPTER_FAILED_CODE);

export async function buildReport(input: BuildReportInput): Promise<BuiltReport> {
  const { server, project, language } = input;
  const [data, syntheticDemo] = await Promise.all([
    readDataState(server.db),
    graphHoldsDemoCorpus(server.db),
  ]);
  const context: ReportContext = {
    server,
    project,
    scope: projectAnalysisScope(project),
    language,
    pins: input.pins,
    dataVersion: data.version,
    dataAsOf: data.lastIngestAt?.slice(0, 10) ?? null,
    today: input.today,
    tr: (text) => text[language],
  };
  const run: ChapterRun = {
    builders: input.builders ?? CHAPTER_BUILDERS,
    log: input.logChapterError ?? ((id, error) => console.error(`report chapter ${id} failed:`, error)),
  };
  const built = new Map<ReportChapterId, { content: ChapterContent; outcome: ChapterOutcome }>();
  const gathered = (): GatheredContent => {
    const done = REPORT_CHAPTER_IDS.flatMap((id) => built.get(id) ?? []);
    return {
      findings: done.flatMap((chapter) => chapter.content.findings),
      methods: done.flatMap((chapter) => chapter.content.methods),
      outcomes: done.map((chapter) => chapter.outcome),
    };
  };
  const report = (id: ReportChapterId) => input.onProgress?.(id, built.size / REPORT_CHAPTER_IDS.length);
  await buildConcurrently(
    BODY_CHAPTERS,
    (id) => buildChapter(context, id, run),
    (id, chapter) => {
      built.set(id, chapter);
      report(id);
    },
  );
  for (const id of SUMMARY_CHAPTERS) {
    built.set(id, await buildChapter({ ...context, gathered: gathered() }, id, run));
    report(id);
  }
  const chapters = REPORT_CHAPTER_IDS.map((id, index): ReportChapter => {
    const content = built.get(id)?.content.blocks ?? [];
    const title = REPORT_CHAPTERS[id][language];
    return { id, number: index + 1, title, blocks: [...content, ...pinBlocksOf(context, id)] };
  });
  return {
    context,
    document: {
      language,
      cover: coverOf(context, syntheticDemo),
      chapters,
      reproducibility: {
        projectId: project.id,
        projectDefinition: project.definition,
        parameters: reportParameters(context, syntheticDemo),
        dataVersion: context.dataVersion,
      },
    },
  };
}

interface ChapterRun {
  builders: Readonly<Record<ReportChapterId, ChapterBuilder>>;
  log: (chapter: ReportChapterId, error: unknown) => void;
}

async function buildChapter(
  ctx: ReportContext,
  id: ReportChapterId,
  run: ChapterRun,
): Promise<{ content: ChapterContent; outcome: ChapterOutcome }> {
  const number = REPORT_CHAPTER_IDS.indexOf(id) + 1;
  try {
    const content = await run.builders[id](ctx, { id, number });
    const empties = content.blocks.flatMap((block) => (block.kind === 'empty' ? [block.code] : []));
    const state = content.blocks.length === empties.length ? 'empty' : 'content';
    return { content, outcome: { id, number, state, codes: empties } };
  } catch (error) {
    // Without the database every chapter would fail alike: the whole build fails instead (the job says so).
    if (isDatabaseUnavailable(error)) throw error;
    run.log(id, error);
    const code = errorCode(error);
    const block = { kind: 'empty' as const, code, text: ctx.tr(BUILD_TEXT.chapterFailed({ code })) };
    return {
      content: { blocks: [block], findings: [], methods: [] },
      outcome: { id, number, state: 'failed', codes: [code] },
    };
  }
}
