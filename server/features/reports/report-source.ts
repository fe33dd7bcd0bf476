/**
 * The project a report is made of, with its pins: from an exported project file (ProjectFile, pins
 * included — nothing is stored in the graph) or from the graph by id. Used by the CLI and the bench.
 */
import { readFile } from 'node:fs/promises';
import type { Database } from '@graph-schema/db/driver';
import { type Project, ProjectFile } from '@graph-schema/dto/project';
import type { Pin } from '@graph-schema/dto/report';
import { listPins } from '../projects/pins-reads';
import { readProject } from '../projects/project-reads';
import { ReportError } from './report-error';

export interface ReportSource {
  project: Project;
  pins: Pin[];
  /** Where it came from, for the CLI's first line. */
  origin: string;
}

/** A project file as a project: its timestamps are the export's, its pins belong to its id. */
export function sourceOfFile(file: ProjectFile, origin: string): ReportSource {
  return {
    project: {
      id: file.id,
      definition: file.definition,
      createdAt: file.exportedAt,
      updatedAt: file.exportedAt,
      datasets: file.datasets,
    },
    pins: (file.pins ?? []).map((pin) => ({ ...pin, project: file.id })),
    origin,
  };
}

export async function readProjectFile(filePath: string): Promise<ReportSource> {
  const text = await readFile(filePath, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${filePath} is not JSON: ${(error as Error).message}`);
  }
  const parsed = ProjectFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${filePath} is not a PatNav project file: ${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
  }
  return sourceOfFile(parsed.data, `project file ${filePath}`);
}

export async function readStoredProject(db: Database, id: string): Promise<ReportSource> {
  const project = await readProject(db, id);
  if (!project)
    throw new ReportError('REPORT_PROJECT_NOT_FOUND', `project ${JSON.stringify(id)} not found in the graph`);
  return { project, pins: await listPins(db, id), origin: `project ${id} in the graph` };
}
