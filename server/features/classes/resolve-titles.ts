/** Answers `GET /api/classes/titles` from the shipped title table (no database read). */
import type { ClassTitle, ClassTitlesQuery, ClassTitlesResponse } from '@graph-schema/dto/class-titles';
import {
  CLASS_TITLE_FILES,
  CLASS_TITLE_SOURCE_NAME,
  type ClassTitleTable,
  lookupClassTitle,
  shippedClassTitles,
} from '@ingest/chains/class-titles';

/** One code's title; `titleZh` stays null until a Chinese table with a stated source ships. */
export function classTitleOf(code: string, table: ClassTitleTable = shippedClassTitles()): ClassTitle {
  const hit = lookupClassTitle(code, table);
  return {
    code,
    matched: hit?.symbol ?? null,
    level: hit?.level ?? null,
    title: hit?.title ?? null,
    titleZh: null,
  };
}

export function resolveClassTitles(
  query: ClassTitlesQuery,
  table: ClassTitleTable = shippedClassTitles(),
): ClassTitlesResponse {
  return {
    titles: query.codes.map((code) => classTitleOf(code, table)),
    source: { name: CLASS_TITLE_SOURCE_NAME, files: [...CLASS_TITLE_FILES], counts: table.counts },
  };
}
