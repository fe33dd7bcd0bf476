/**
 * `GET /api/classes/titles`: titles of IPC/CPC codes. Titles come from a table shipped with the
 * server and change only with a release, so each code is asked once per page load.
 */
import { ClassTitlesQuery, ClassTitlesResponse, MAX_TITLE_CODES } from '@graph-schema/dto/class-titles';
import { apiUrl } from './query';
import { requestJson } from './request';

/** Code → English title (null: the table has none for it), for every code asked so far. */
const known = new Map<string, string | null>();

/** Titles of `codes` (duplicates and codes already known are not asked again), keyed by code. */
export async function fetchClassTitles(
  codes: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, string | null>> {
  const missing = [...new Set(codes)].filter((code) => !known.has(code)).sort();
  for (let start = 0; start < missing.length; start += MAX_TITLE_CODES) {
    const chunk = missing.slice(start, start + MAX_TITLE_CODES);
    const url = apiUrl('/api/classes/titles', ClassTitlesQuery, { codes: chunk });
    const answer = await requestJson(url, ClassTitlesResponse, { signal });
    for (const entry of answer.titles) known.set(entry.code, entry.title);
  }
  return new Map(codes.map((code) => [code, known.get(code) ?? null]));
}
