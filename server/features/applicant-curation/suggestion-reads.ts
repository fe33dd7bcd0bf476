/**
 * What the suggester reads: every curated entity with its families and spellings, and the
 * publications of each family with more than one publication, as entity keys. Both through the
 * entity fragments (applicant-entity.ts), so merged spellings are one entity and never suggested.
 * Only patents the request may see count (platform/visibility): another client's applicants are
 * never suggested nor named.
 */
import type { Database } from '@graph-schema/db/driver';
import type { CurationEntity } from '@graph-schema/dto/applicant-curation';
import { readRows } from '@server/platform/db/read';
import { entityKeyOf, entityNameOf } from '@server/platform/scope/applicant-entity';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';
import type { FamilyFilings } from './family-evidence';

const entitiesQuery = ({ seen }: PatentFilter) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE p.external = false AND ${seen('p')}
WITH ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name,
     count(DISTINCT p.familyId) AS families, collect(DISTINCT a) AS spellings
RETURN key, name, families, [s IN spellings | s.aliases] AS aliasLists`;

const EntityRow = z.object({
  key: z.string(),
  name: z.string(),
  aliasLists: z.array(z.array(z.string()).nullable()),
  families: z.number().int(),
});

const filingsQuery = ({ seen }: PatentFilter) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE p.external = false AND p.familyId IS NOT NULL AND ${seen('p')}
WITH p.familyId AS family, p.id AS publication, collect(DISTINCT ${entityKeyOf('a')}) AS keys
WITH family, collect({id: publication, keys: keys}) AS publications WHERE size(publications) > 1
RETURN family, publications`;

const FilingRow = z.object({
  family: z.string(),
  publications: z.array(z.object({ id: z.string(), keys: z.array(z.string()) })),
});

export async function curationEntities(db: Database): Promise<CurationEntity[]> {
  const filter = patentFilter();
  const rows = await readRows(db, EntityRow, entitiesQuery(filter), filter.params);
  return rows.map((row) => ({
    key: row.key,
    name: row.name,
    families: row.families,
    aliases: [...new Set(row.aliasLists.flatMap((list) => list ?? []))],
  }));
}

export async function familyFilings(db: Database): Promise<FamilyFilings[]> {
  const filter = patentFilter();
  return readRows(db, FilingRow, filingsQuery(filter), filter.params);
}
