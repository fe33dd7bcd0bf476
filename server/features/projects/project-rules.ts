/** The small rules of the projects feature, kept apart from HTTP and Cypher so they read at a glance. */
import type { Project } from '@graph-schema/dto/project';
import { conflict } from '@server/platform/errors';

/**
 * A delete names the project it deletes: the confirmation must equal the project's name (trimmed),
 * as a user would type it, so a stale id in a script cannot delete the wrong project.
 */
export function requireConfirmation(project: Project, confirm: string | undefined): void {
  const details = { project: project.id, name: project.definition.name };
  if (confirm === undefined) {
    throw conflict(
      'confirmationRequired',
      `deleting project ${JSON.stringify(project.definition.name)} needs ?confirm=<project name> or the body {"confirm": "<project name>"}`,
      details,
    );
  }
  if (confirm.trim() !== project.definition.name) {
    throw conflict(
      'confirmationMismatch',
      `the confirmation ${JSON.stringify(confirm)} is not the project name ${JSON.stringify(project.definition.name)}`,
      details,
    );
  }
}

const NAME_MAX = 200;
const COPY_SUFFIX = ' (copy)';

/** `<name> (copy)`, shortened so the copy still fits the name limit. */
export const copyName = (name: string) => `${name.slice(0, NAME_MAX - COPY_SUFFIX.length)}${COPY_SUFFIX}`;

export const deleteNote = (links: number) =>
  `Patents and dataset records are shared data and were kept; only the project and its ${links} dataset link${links === 1 ? '' : 's'} were deleted.`;
