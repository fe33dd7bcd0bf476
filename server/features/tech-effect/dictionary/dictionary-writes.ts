/**
 * Writes of a project's effect dictionary, each one managed write transaction that reads the
 * current effects (or the shipped lexicon before the first edit), applies a pure edit (edits.ts)
 * and stores the result with the version + 1, who and when. Tag writes bump the version too,
 * because the matrix cache is keyed by it. Nothing here touches patents or their links.
 */
import type { Database } from '@graph-schema/db/driver';
import type { DictionaryEffect, EffectDictionaryFile, TagAction } from '@graph-schema/dto/effect-dictionary';
import {
  DictionaryEffectsJson,
  EffectDictionaryNode,
  EffectTagNode,
  effectTagKey,
} from '@graph-schema/stored/effect-dictionary';
import { txRows, writeTransaction } from '@server/platform/db/write';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { lexiconEffects } from '../lexicon';
import { decodeEffects } from './dictionary-reads';

const CURRENT = `
MATCH (p:Project {id: $project})
OPTIONAL MATCH (p)-[:HAS_EFFECT_DICTIONARY]->(d:EffectDictionary)
RETURN d.version AS version, d.effectsJson AS effectsJson`;
const Current = z.object({ version: z.number().nullable(), effectsJson: z.string().nullable() });

const SAVE = `
MATCH (p:Project {id: $node.project})
MERGE (d:EffectDictionary {project: $node.project})
SET d += $node, d.at = datetime()
MERGE (p)-[:HAS_EFFECT_DICTIONARY]->(d)`;

type Edit = (effects: readonly DictionaryEffect[]) => DictionaryEffect[];

async function current(tx: ManagedTransaction, project: string) {
  const [row] = await txRows(tx, Current, CURRENT, { project });
  if (!row) return null;
  const effects = row.effectsJson === null ? lexiconEffects() : decodeEffects(row.effectsJson);
  return { version: row.version ?? 0, effects };
}

async function save(
  tx: ManagedTransaction,
  project: string,
  version: number,
  effects: DictionaryEffect[],
  who: string,
) {
  const node = EffectDictionaryNode.parse({
    project,
    version,
    effectsJson: z.encode(DictionaryEffectsJson, effects),
    who,
  });
  await tx.run(SAVE, { node });
}

/** Applies `edit` (which may throw a validation error) and stores the result; null when there is no such project. */
export async function editDictionary(
  db: Database,
  project: string,
  who: string,
  edit: Edit,
  alsoInTx?: (tx: ManagedTransaction) => Promise<void>,
): Promise<{ version: number } | null> {
  return writeTransaction(db, async (tx) => {
    const now = await current(tx, project);
    if (!now) return null;
    await save(tx, project, now.version + 1, edit(now.effects), who);
    if (alsoInTx) await alsoInTx(tx);
    return { version: now.version + 1 };
  });
}

// Tags of a merged effect follow it; where the target already has a tag for the family, the target's stays.
const DROP_CLASHING_TAGS = `
MATCH (p:Project {id: $project})-[:HAS_EFFECT_TAG]->(t:EffectTag {effect: $from})
WHERE EXISTS { MATCH (p)-[:HAS_EFFECT_TAG]->(:EffectTag {effect: $into, family: t.family}) }
DETACH DELETE t`;
// The id is the key of graph-schema/stored/effect-dictionary.ts effectTagKey, rebuilt in Cypher.
const MOVE_TAGS = `
MATCH (:Project {id: $project})-[:HAS_EFFECT_TAG]->(t:EffectTag {effect: $from})
SET t.effect = $into, t.id = $project + '|' + $into + '|' + t.family`;

export const moveTags = (project: string, from: string, into: string) => async (tx: ManagedTransaction) => {
  await tx.run(DROP_CLASHING_TAGS, { project, from, into });
  await tx.run(MOVE_TAGS, { project, from, into });
};

const DELETE_TAGS_OF = `
MATCH (:Project {id: $project})-[:HAS_EFFECT_TAG]->(t:EffectTag {effect: $effect}) DETACH DELETE t`;

export const deleteTagsOf = (project: string, effect: string) => async (tx: ManagedTransaction) => {
  await tx.run(DELETE_TAGS_OF, { project, effect });
};

const WRITE_TAG = `
MATCH (p:Project {id: $node.project})
MERGE (t:EffectTag {id: $node.id})
SET t += $node, t.at = datetime()
MERGE (p)-[:HAS_EFFECT_TAG]->(t)`;

export interface TagWrite {
  effect: string;
  family: string;
  action: TagAction;
  who: string;
}

/** Adds or replaces one hand tag; the effect must be in the dictionary (checked by the caller's edit). */
export function writeTag(db: Database, project: string, tag: TagWrite, check: Edit) {
  return editDictionary(db, project, tag.who, check, async (tx) => {
    const node = EffectTagNode.parse({ id: effectTagKey(project, tag.effect, tag.family), project, ...tag });
    await tx.run(WRITE_TAG, { node });
  });
}

const DELETE_TAG = `
MATCH (:Project {id: $project})-[:HAS_EFFECT_TAG]->(t:EffectTag {id: $id})
WITH t, t.id AS id DETACH DELETE t RETURN id`;

/** Removes one hand tag; false when the project has no such tag. */
export async function deleteTag(db: Database, project: string, effect: string, family: string, who: string) {
  return writeTransaction(db, async (tx) => {
    const gone = await txRows(tx, z.object({ id: z.string() }), DELETE_TAG, {
      project,
      id: effectTagKey(project, effect, family),
    });
    if (gone.length === 0) return false;
    const now = await current(tx, project);
    if (now) await save(tx, project, now.version + 1, now.effects, who);
    return true;
  });
}

const DELETE_ALL_TAGS = 'MATCH (:Project {id: $project})-[:HAS_EFFECT_TAG]->(t:EffectTag) DETACH DELETE t';
const WRITE_TAGS = `
MATCH (p:Project {id: $project})
UNWIND $nodes AS node
MERGE (t:EffectTag {id: node.id})
SET t += node, t.at = coalesce(datetime(node.givenAt), datetime())
REMOVE t.givenAt
MERGE (p)-[:HAS_EFFECT_TAG]->(t)`;

/** Replaces the dictionary and its tags with a file's (an import); null when there is no such project. */
export function replaceDictionary(db: Database, project: string, file: EffectDictionaryFile, who: string) {
  const nodes = file.tags.map((tag) => ({
    ...EffectTagNode.parse({
      id: effectTagKey(project, tag.effect, tag.family),
      project,
      effect: tag.effect,
      family: tag.family,
      action: tag.action,
      who: tag.who || who,
    }),
    givenAt: tag.at,
  }));
  return editDictionary(
    db,
    project,
    who,
    () => file.effects,
    async (tx) => {
      await tx.run(DELETE_ALL_TAGS, { project });
      await tx.run(WRITE_TAGS, { project, nodes });
    },
  );
}

const RESET = `
MATCH (:Project {id: $project})-[:HAS_EFFECT_DICTIONARY|HAS_EFFECT_TAG]->(n)
WHERE n:EffectDictionary OR n:EffectTag
DETACH DELETE n`;

/** Back to the shipped lexicon: the project's dictionary and hand tags go (deleting a project does the same). */
export async function resetDictionary(db: Database, project: string): Promise<void> {
  await writeTransaction(db, (tx) => tx.run(RESET, { project }));
}
