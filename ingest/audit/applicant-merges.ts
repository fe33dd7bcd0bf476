/**
 * Which applicant spellings were merged into one Applicant, from which files, for how many
 * patents: read from the graph (Applicant.aliases and the spellings/sourceFile on FILED_BY and
 * OWNED_BY links, ingest/load/statements.ts). Pure grouping is separate from the query so it can be
 * tested without a database.
 */
import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { PartyKind } from '@graph-schema/vocabulary/parties';
import { z } from 'zod';

export interface SpellingFile {
  file: string;
  /** Patents whose link from this file spells the applicant so. */
  patents: number;
}
export interface MergedSpelling {
  spelling: string;
  /** Patents linked with this spelling now (sum over files); 0 = seen in an earlier load only. */
  patents: number;
  files: SpellingFile[];
}
export interface ApplicantMerge {
  key: string;
  name: string;
  kind: PartyKind;
  /** Distinct patents filed or owned by the applicant. */
  patents: number;
  spellings: MergedSpelling[];
  /** Patents whose link predates spelling provenance (loaded before it was recorded). */
  patentsWithoutSpelling: number;
}
export interface ApplicantMergeReport {
  /** Applicants with more than one spelling, or whose only spelling differs from the name. */
  merged: number;
  shown: number;
  applicants: ApplicantMerge[];
}

/** A merge = several spellings, or one spelling the alias table renamed. Largest first. */
const MERGED = `
MATCH (a:Applicant)
WHERE size(a.aliases) > 1 OR a.aliases <> [a.name]`;

export const COUNT_MERGED = `${MERGED}
RETURN count(a) AS merged`;

/**
 * One row per applicant, spelling and file. `collect` of a map keeps the single all-null link of
 * an applicant with no patents, so it still gets a row (spelling and file null, 0 patents).
 */
export const APPLICANT_MERGES = `${MERGED}
OPTIONAL MATCH (a)<-[r:FILED_BY|OWNED_BY]-(p:Patent)
WITH a, count(DISTINCT p) AS total, collect({spellings: r.spellings, file: r.sourceFile, id: p.id}) AS links
ORDER BY total DESC, a.key
LIMIT $limit
UNWIND links AS link
UNWIND coalesce(link.spellings, [null]) AS spelling
RETURN a.key AS key, a.name AS name, a.kind AS kind, a.aliases AS aliases, total,
       spelling, link.file AS file, count(DISTINCT link.id) AS patents
ORDER BY total DESC, key, spelling, file`;

export const MergeRow = z.object({
  key: z.string(),
  name: z.string(),
  kind: PartyKind,
  aliases: z.array(z.string()),
  total: z.number(),
  spelling: z.string().nullable(),
  file: z.string().nullable(),
  patents: z.number(),
});
export type MergeRow = z.infer<typeof MergeRow>;
const CountRow = z.object({ merged: z.number() });

/** Groups the query's rows per applicant; spellings in alias order, then any only the links know. */
export function groupMerges(rows: readonly MergeRow[]): ApplicantMerge[] {
  const byKey = new Map<string, { row: MergeRow; links: MergeRow[] }>();
  for (const row of rows) {
    const entry = byKey.get(row.key) ?? { row, links: [] };
    entry.links.push(row);
    byKey.set(row.key, entry);
  }
  return [...byKey.values()].map(({ row, links }) => {
    const linked = links.flatMap((link) => (link.spelling === null ? [] : [link.spelling]));
    const spellings = [...new Set([...row.aliases, ...linked])].map((spelling) => {
      const files = links.flatMap((link) =>
        link.spelling === spelling && link.file !== null && link.patents > 0
          ? [{ file: link.file, patents: link.patents }]
          : [],
      );
      return { spelling, patents: files.reduce((sum, file) => sum + file.patents, 0), files };
    });
    const unrecorded = links.filter((link) => link.spelling === null);
    return {
      key: row.key,
      name: row.name,
      kind: row.kind,
      patents: row.total,
      spellings,
      patentsWithoutSpelling: unrecorded.reduce((sum, link) => sum + link.patents, 0),
    };
  });
}

/** The merged applicants, the `limit` with most patents first (0 = all). */
export async function readApplicantMerges(db: Database, limit: number): Promise<ApplicantMergeReport> {
  const [count] = await readRows(db, CountRow, COUNT_MERGED);
  const merged = count?.merged ?? 0;
  const rows = await readRows(db, MergeRow, APPLICANT_MERGES, {
    limit: int(limit > 0 ? limit : merged),
  });
  const applicants = groupMerges(rows);
  return { merged, shown: applicants.length, applicants };
}
