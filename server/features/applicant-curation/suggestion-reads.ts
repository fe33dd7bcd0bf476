/**
 * What the suggester reads: every curated entity with its families and spellings, and the
 * publications of each family with more than one publication, as entity keys. Both through the
 * entity fragments (applicant-entity.ts), so merged spellings are one entity and never suggested.
 */
import type { Database } from '@graph-schema/db/driver';
import type { CurationEntity } from '@graph-schema/dto/applicant-curation';
import { readRows } from '@server/platform/db/read';
import { entityKeyOf, entityNameOf } from '@server/platform/scope/applicant-entity';
import { z } from 'zod';
import type { FamilyFilings } from './family-evidence';

const ENTITIES = `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE p.external = false
WITH ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name,
     count(DISTINCT p.familyId) AS families, collect(DISTINCT a) AS spellings
RETURN key, name, families, [s IN spellings | s.aliases] AS aliasLists`;

const EntityRow = z.object({
  key: z.string(),
  name: z.string(),
  aliasLists: z.array(z.array(z.string()).nullable()),
  families: z.number().int(),
});

const FILINGS = `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE p.external = false AND p.familyId IS NOT NULL
WITH p.familyId AS family, p.id AS publication, collect(DISTINCT ${entityKeyOf('a')}) AS keys
WITH family, collect(keys) AS publications WHERE size(publications) > 1
RETURN family, publications`;

const FilingRow = z.object({ family: z.string(), publications: z.array(z.array(z.string())) });

export async function curationEntities(db: Database): Promise<CurationEntity[]> {
  const rows = await readRows(db, EntityRow, ENTITIES);
  return rows.map((row) => ({
    key: row.key,
    name: row.name,
    families: row.families,
    aliases: [...new Set(row.aliasLists.flatMap((list) => list ?? []))],
  }));
}

export async function familyFilings(db: Database): Promise<FamilyFilings[]> {
  return readRows(db, FilingRow, FILINGS);
}
