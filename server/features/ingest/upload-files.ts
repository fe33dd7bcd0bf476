/**
 * Where uploads live and when they go: each upload gets its own owner-only folder (0700, files
 * 0600) under the upload folder, inside the project's data folder, never the shared system temp
 * folder. The folder is deleted when its upload is refused, when its ingest job ends (succeeded or
 * failed), and at start-up (what a crash left behind), unless retention is configured.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { IngestRunner } from './ingest-jobs';

export const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

/** A new, empty, owner-only folder for one upload's files. */
export async function newUploadFolder(uploadDir: string): Promise<string> {
  await mkdir(uploadDir, { recursive: true, mode: FOLDER_MODE });
  const folder = path.join(uploadDir, `${Date.now()}-${randomUUID().slice(0, 8)}`);
  await mkdir(folder, { mode: FOLDER_MODE });
  return folder;
}

/** Deletes the upload folders holding `files`, only ever inside `uploadDir`. */
export async function removeUploadFolders(uploadDir: string, files: readonly string[]): Promise<void> {
  const root = path.resolve(uploadDir);
  const folders = new Set(files.map((file) => path.dirname(path.resolve(file))));
  for (const folder of folders) {
    if (path.dirname(folder) !== root) continue;
    await rm(folder, { recursive: true, force: true });
  }
}

/** Removes every upload folder left from an earlier run but those holding `keep`; returns how many. */
export async function sweepUploadFolders(uploadDir: string, keep: readonly string[] = []): Promise<number> {
  let entries: string[];
  try {
    entries = await readdir(uploadDir);
  } catch {
    return 0; // No upload folder yet.
  }
  const kept = new Set(keep.map((file) => path.dirname(path.resolve(file))));
  const swept = entries.filter((entry) => !kept.has(path.resolve(uploadDir, entry)));
  for (const entry of swept) await rm(path.join(uploadDir, entry), { recursive: true, force: true });
  return swept.length;
}

/**
 * The start-up sweep, sparing the uploads of interrupted jobs. When the job store cannot be read
 * (the database is down at start), nothing is swept: an upload a re-run needs is never deleted on
 * a guess; the next start sweeps.
 */
export async function sweepLeftUploads(
  uploadDir: string,
  jobs: { uploadsToKeep(): Promise<string[]> },
  log: { warn(message: string): void },
): Promise<void> {
  let keep: string[];
  try {
    keep = await jobs.uploadsToKeep();
  } catch {
    log.warn('upload sweep skipped: the ingest job store could not be read');
    return;
  }
  await sweepUploadFolders(uploadDir, keep);
}

/** The runner, then the upload's files deleted whatever the outcome. */
export function deletingUploadsAfter(runner: IngestRunner, uploadDir: string): IngestRunner {
  return async (files, onProgress, projectId, workspace) => {
    try {
      return await runner(files, onProgress, projectId, workspace);
    } finally {
      await removeUploadFolders(uploadDir, files);
    }
  };
}
