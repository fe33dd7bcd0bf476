/** Class titles: IPC/CPC codes → the title of the nearest titled level (`GET /api/classes/titles`). */
import { z } from 'zod';

/** Codes one request may ask for, at most (a page of table rows or map nodes needs far fewer). */
export const MAX_TITLE_CODES = 200;

export const CLASS_TITLE_LEVELS = ['section', 'class', 'subclass', 'main_group'] as const;
export const ClassTitleLevel = z.enum(CLASS_TITLE_LEVELS);
export type ClassTitleLevel = z.infer<typeof ClassTitleLevel>;

const codeList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
  )
  .pipe(z.array(z.string().min(1).max(40)).min(1).max(MAX_TITLE_CODES));

export const ClassTitlesQuery = z.object({
  codes: codeList.describe(
    `IPC/CPC codes, comma-separated (≤ ${MAX_TITLE_CODES}), any level and spacing: H01M, H01M4/38, H01M 10/0525`,
  ),
});
export type ClassTitlesQuery = z.infer<typeof ClassTitlesQuery>;

export const ClassTitle = z.object({
  /** The code as asked. */
  code: z.string(),
  /** The titled symbol it resolved to by longest prefix (`H01M4/00` for `H01M4/38`); null = none. */
  matched: z.string().nullable(),
  level: ClassTitleLevel.nullable(),
  /** English title (the scheme's wording, cross-references left out); null when nothing matched. */
  title: z.string().nullable(),
  /** Chinese title; null while the shipped table has none (see ingest/chains/reference/README.md). */
  titleZh: z.string().nullable(),
});
export type ClassTitle = z.infer<typeof ClassTitle>;

export const ClassTitlesSource = z.object({
  /** What the titles are, edition included, e.g. "WIPO IPC title list, edition 2019.01". */
  name: z.string(),
  /** The shipped files, relative to the repository. */
  files: z.array(z.string()),
  /** Titles held per level. */
  counts: z.record(ClassTitleLevel, z.number().int()),
});
export type ClassTitlesSource = z.infer<typeof ClassTitlesSource>;

export const ClassTitlesResponse = z.object({
  /** One entry per asked code, in the order asked. */
  titles: z.array(ClassTitle),
  source: ClassTitlesSource,
});
export type ClassTitlesResponse = z.infer<typeof ClassTitlesResponse>;
