/**
 * Navigation projects (graph-schema/dto/project.ts): list, read, create, edit, duplicate, delete
 * (confirmed by name), export as one JSON file and import one.
 */
import {
  DeleteResult,
  ImportResult,
  Project,
  type ProjectDefinitionInput,
  ProjectFile,
  ProjectSummary,
} from '@graph-schema/dto/project';
import { z } from 'zod';
import { requestJson } from './request';

export type ImportConflict = 'fail' | 'copy' | 'replace';

const projectPath = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export function fetchProjects(signal?: AbortSignal): Promise<ProjectSummary[]> {
  return requestJson('/api/projects', z.array(ProjectSummary), { signal });
}

export function fetchProject(id: string, signal?: AbortSignal): Promise<Project> {
  return requestJson(projectPath(id), Project, { signal });
}

/** `workspace`: the client workspace it goes to; absent, the server's default. */
export function createProject(definition: ProjectDefinitionInput, workspace?: string): Promise<Project> {
  const query = workspace === undefined ? '' : `?workspace=${encodeURIComponent(workspace)}`;
  return requestJson(`/api/projects${query}`, Project, { body: definition });
}

export function updateProject(id: string, definition: ProjectDefinitionInput): Promise<Project> {
  return requestJson(projectPath(id), Project, { body: definition, method: 'PUT' });
}

export function duplicateProject(id: string): Promise<Project> {
  return requestJson(`${projectPath(id)}/duplicate`, Project, { body: {} });
}

/** The server refuses unless `confirm` is the project's name (typed by the user). */
export function deleteProject(id: string, confirm: string): Promise<z.infer<typeof DeleteResult>> {
  const query = new URLSearchParams({ confirm }).toString();
  return requestJson(`${projectPath(id)}?${query}`, DeleteResult, { method: 'DELETE' });
}

export function exportProject(id: string): Promise<ProjectFile> {
  return requestJson(`${projectPath(id)}/export`, ProjectFile);
}

/** `file` is parsed JSON from the user's disk: the server checks it against ProjectFile. */
export function importProject(
  file: unknown,
  onConflict: ImportConflict,
): Promise<z.infer<typeof ImportResult>> {
  const body = typeof file === 'object' && file !== null ? file : { file };
  return requestJson(`/api/projects/import?onConflict=${onConflict}`, ImportResult, { body });
}
