/**
 * The FTO synonym table (synonyms.json next to this file): bilingual concept groups used to expand
 * a description and to tag patent texts (server/analytics/text/concepts.ts). It is data: edit the
 * JSON to add a group; its `source` says where the groups come from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const Term = z.string().trim().min(1);

export const SynonymTable = z.object({
  source: z.string().min(1),
  groups: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/, 'a group id is lower-case words joined by hyphens'),
        /** `chain:<chain>:<vocabulary>` when copied from a chain definition, else `project`. */
        basis: z.string().min(1),
        zh: z.array(Term),
        en: z.array(Term),
      }),
    )
    .refine((groups) => new Set(groups.map((group) => group.id)).size === groups.length, 'group ids repeat'),
});
export type SynonymTable = z.infer<typeof SynonymTable>;

export const SYNONYM_TABLE_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'synonyms.json');

let shipped: SynonymTable | undefined;

/** The shipped table, read and checked once. */
export function shippedSynonymTable(): SynonymTable {
  shipped ??= SynonymTable.parse(JSON.parse(readFileSync(SYNONYM_TABLE_FILE, 'utf8')));
  return shipped;
}
