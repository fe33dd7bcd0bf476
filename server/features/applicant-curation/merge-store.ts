/**
 * Merge records and their effect. Each write is one managed write transaction that records the
 * analyst's action on ApplicantMerge nodes (never deleting one: undo and split mark them inactive
 * with who and when) and rewrites the derived `entityKey`/`entityName` of the applicants it touches,
 * which every analysis reads through server/platform/scope/applicant-entity.ts. FILED_BY links are
 * never edited, so re-ingest keeps the merges (ingest/load/statements.ts MERGE_APPLICANTS restores
 * a recreated member).
 *
 * Workspace isolation (platform/visibility): an applicant counts only when the request sees one of
 * its patents — another client's spelling cannot be merged, listed or undone (it reads as absent).
 * The merge itself then holds for every workspace that sees the spellings (one entity per party).
 */
import type { Database } from '@graph-schema/db/driver';
import { MergeMember, type MergeRecord } from '@graph-schema/dto/applicant-curation';
import { applicantMergeId } from '@graph-schema/stored/applicant-merges';
import { readRows } from '@server/platform/db/read';
import { txRows, writeTransaction } from '@server/platform/db/write';
import { type PatentFilter, patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';

const WRITE_MERGE = `
UNWIND $nodes AS node
MERGE (m:ApplicantMerge {id: node.id})
ON CREATE SET m += node, m.at = datetime()
WITH m
MATCH (a:Applicant {key: m.member})
SET a.entityKey = m.into, a.entityName = m.intoName
RETURN m.member AS member`;

/** `$member` null undoes every active member of the group; a key splits that member off. */
const endMergeQuery = ({ andApplicantSeen }: PatentFilter) => `
MATCH (m:ApplicantMerge {group: $group, active: true}) WHERE ($member IS NULL OR m.member = $member)
  AND EXISTS { MATCH (t:Applicant {key: m.into}) WHERE true${andApplicantSeen('t')} }
SET m.active = false, m.undoneBy = $who, m.undoneAt = datetime(), m.undoneHow = $how
WITH m
OPTIONAL MATCH (a:Applicant {key: m.member})
REMOVE a.entityKey, a.entityName
RETURN m.member AS member`;

const listQuery = ({ andApplicantSeen }: PatentFilter) => `
MATCH (m:ApplicantMerge)
WHERE EXISTS { MATCH (vt:Applicant {key: m.into}) WHERE true${andApplicantSeen('vt')} }
  AND EXISTS { MATCH (vs:Applicant {key: m.member}) WHERE true${andApplicantSeen('vs')} }
OPTIONAL MATCH (t:Applicant {key: m.into})
OPTIONAL MATCH (s:Applicant {key: m.member})
RETURN m.group AS group, m.into AS into, coalesce(t.name, m.intoName) AS intoName, m.member AS key,
       coalesce(s.name, m.member) AS name, m.who AS who, m.why AS why, toString(m.at) AS at, m.active AS active,
       m.undoneBy AS undoneBy, toString(m.undoneAt) AS undoneAt, m.undoneHow AS undoneHow
ORDER BY m.at DESC, m.group, name`;

const ListRow = MergeMember.extend({
  group: z.string(),
  into: z.string(),
  intoName: z.string(),
  who: z.string(),
  why: z.string(),
  at: z.string(),
});

/** Active merge state of applicant keys: which are members of a merge, which are targets. */
const stateQuery = ({ andApplicantSeen }: PatentFilter) => `
UNWIND $keys AS key
OPTIONAL MATCH (a:Applicant {key: key}) WHERE true${andApplicantSeen('a')}
RETURN key, a IS NOT NULL AS exists, a.name AS name, a.entityKey AS mergedInto,
       COUNT { MATCH (m:ApplicantMerge {into: key, active: true}) } AS members`;

export const KeyState = z.object({
  key: z.string(),
  exists: z.boolean(),
  name: z.string().nullable(),
  mergedInto: z.string().nullable(),
  members: z.number().int(),
});
export type KeyState = z.infer<typeof KeyState>;

const Member = z.object({ member: z.string() });

export async function keyStates(db: Database, keys: readonly string[]): Promise<Map<string, KeyState>> {
  const filter = patentFilter();
  const rows = await readRows(db, KeyState, stateQuery(filter), { ...filter.params, keys: [...keys] });
  return new Map(rows.map((row) => [row.key, row]));
}

export interface NewMerge {
  group: string;
  into: string;
  intoName: string;
  members: readonly string[];
  who: string;
  why: string;
}

export async function writeMerge(db: Database, merge: NewMerge): Promise<void> {
  const nodes = merge.members.map((member) => ({
    id: applicantMergeId(merge.group, member),
    group: merge.group,
    member,
    into: merge.into,
    intoName: merge.intoName,
    who: merge.who,
    why: merge.why,
    active: true,
  }));
  await writeTransaction(db, (tx) => txRows(tx, Member, WRITE_MERGE, { nodes }));
}

/** The members the undo or split ended; empty when nothing in the group was active. */
export async function endMerge(
  db: Database,
  group: string,
  who: string,
  member: string | null,
): Promise<string[]> {
  const how = member === null ? 'undo' : 'split';
  const filter = patentFilter();
  const rows = await writeTransaction(db, (tx) =>
    txRows(tx, Member, endMergeQuery(filter), { ...filter.params, group, who, member, how }),
  );
  return rows.map((row) => row.member);
}

/** Every merge, newest first, members grouped under their merge action. */
export async function listMerges(db: Database): Promise<MergeRecord[]> {
  const filter = patentFilter();
  const rows = await readRows(db, ListRow, listQuery(filter), filter.params);
  const groups = new Map<string, MergeRecord>();
  for (const row of rows) {
    const record = groups.get(row.group) ?? {
      group: row.group,
      into: { key: row.into, name: row.intoName },
      members: [],
      who: row.who,
      why: row.why,
      at: row.at,
      active: false,
    };
    const { key, name, active, undoneBy, undoneAt, undoneHow } = row;
    record.members.push({ key, name, active, undoneBy, undoneAt, undoneHow });
    record.active ||= active;
    groups.set(row.group, record);
  }
  return [...groups.values()];
}
