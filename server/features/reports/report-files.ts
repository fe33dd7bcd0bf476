/**
 * Where report files go and what they are called: `<reports folder>/<job id>/<project name>-<day>.<ext>`
 * (one folder per job, so two jobs on one day never overwrite each other), folders 0o700 and files
 * 0o600 because a report may describe a confidential portfolio. The download header carries an ASCII
 * fallback name and the real (often Chinese) name as RFC 5987 `filename*` (RFC 6266 §4.3).
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReportFormat } from '@graph-schema/dto/report';
import { FORMAT_INFO } from './render/renderer';

const MAX_STEM = 80;

/** The project name as a file-name stem: no path separators, control or reserved characters. */
export function fileStem(name: string): string {
  const cleaned = name
    .replace(/[/\\:*?"<>|\p{Cc}]+/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s._]+|[\s._]+$/g, '');
  return [...cleaned].slice(0, MAX_STEM).join('') || 'report';
}

export const reportFileName = (projectName: string, day: string, format: ReportFormat) =>
  `${fileStem(projectName)}-${day}.${FORMAT_INFO[format].extension}`;

/** Printable ASCII only, without quotes or backslashes; a name with nothing left becomes `patnav-report-…`. */
export function asciiFileName(fileName: string): string {
  const extension = path.extname(fileName);
  const stem = fileName
    .slice(0, fileName.length - extension.length)
    .replace(/[^\x20-\x7e]|["\\]/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[_\s-]+/, '');
  return /[A-Za-z]/.test(stem) ? `${stem}${extension}` : `patnav-report${stem ? `-${stem}` : ''}${extension}`;
}

/** RFC 5987 value characters: encodeURIComponent leaves `'()*` alone, which `attr-char` excludes. */
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export const contentDisposition = (fileName: string) =>
  `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${rfc5987(fileName)}`;

/** Writes one report file under its job's folder and returns its path. */
export async function writeReportFile(
  reportDir: string,
  jobId: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<string> {
  const folder = path.join(reportDir, jobId);
  // Folders made here are 0o700 (an existing, configured reports folder keeps its own mode); the
  // job folder is always new, and chmod undoes a umask that would have widened nothing but may narrow.
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await chmod(folder, 0o700);
  const file = path.join(folder, fileName);
  await writeFile(file, bytes, { mode: 0o600 });
  await chmod(file, 0o600);
  return file;
}
