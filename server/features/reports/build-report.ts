/**
 * Builds the report document of a project: the context every chapter reads, then each chapter in
 * GB/T 39551 order (the findings chapter last, because it gathers the others' findings). MINIMAL
 * first version: the report-core slice adds pins, demo detection and the data as-of day.
 */
import type { Project } from '@graph-schema/dto/project';
import { projectScope } from '@graph-schema/dto/project';
import {
  type Pin,
  REPORT_CHAPTER_IDS,
  REPORT_CHAPTERS,
  type ReportChapter,
  type ReportDocument,
  type ReportLanguage,
} from '@graph-schema/dto/report';
import type { ServerContext } from '@server/platform/context';
import { readDataState } from '@server/platform/data-version/read-data-version';
import { CHAPTER_BUILDERS } from './chapters';
import type { ReportContext } from './report-context';

export interface BuildReportInput {
  server: ServerContext;
  project: Project;
  pins: readonly Pin[];
  language: ReportLanguage;
  /** Day the report is made (YYYY-MM-DD). */
  today: string;
  /** Called as chapters finish: the chapter id and the fraction of chapters done. */
  onProgress?: (step: string, fraction: number) => void;
}

export interface BuiltReport {
  document: ReportDocument;
  context: ReportContext;
}

export async function buildReport(input: BuildReportInput): Promise<BuiltReport> {
  const { server, project, language } = input;
  const data = await readDataState(server.db);
  const context: ReportContext = {
    server,
    project,
    scope: projectScope(project.definition),
    language,
    pins: input.pins,
    dataVersion: data.version,
    dataAsOf: data.lastIngestAt?.slice(0, 10) ?? null,
    today: input.today,
    tr: (text) => text[language],
  };
  const chapters: ReportChapter[] = [];
  for (const [index, id] of REPORT_CHAPTER_IDS.entries()) {
    const place = { id, number: index + 1 };
    const content = await CHAPTER_BUILDERS[id](context, place);
    chapters.push({ id, number: place.number, title: REPORT_CHAPTERS[id][language], blocks: content.blocks });
    input.onProgress?.(id, (index + 1) / REPORT_CHAPTER_IDS.length);
  }
  return {
    context,
    document: {
      language,
      cover: {
        title: project.definition.name,
        client: project.definition.client,
        date: input.today,
        dataVersion: context.dataVersion,
        dataAsOf: context.dataAsOf,
        syntheticDemo: false,
        lines: [],
      },
      chapters,
      reproducibility: {
        projectId: project.id,
        projectDefinition: project.definition,
        parameters: { language },
        dataVersion: context.dataVersion,
      },
    },
  };
}
