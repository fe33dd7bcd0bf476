/**
 * Reading a project's effect dictionary: its stored effects and version, or — before its first
 * edit — the shipped lexicon as version 0; and its hand tags. The matrix reads the same thing.
 */
import type { Database } from '@graph-schema/db/driver';
import type {
  DictionaryEffect,
  EffectDictionaryResponse,
  EffectTag,
} from '@graph-schema/dto/effect-dictionary';
import { DictionaryEffectsJson } from '@graph-schema/stored/effect-dictionary';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';
import { LEXICON_SEED, lexiconEffects } from '../lexicon';

const READ_DICTIONARY = `
MATCH (p:Project {id: $project})
OPTIONAL MATCH (p)-[:HAS_EFFECT_DICTIONARY]->(d:EffectDictionary)
RETURN d.version AS version, d.effectsJson AS effectsJson, d.who AS who, toString(d.at) AS at`;

const DictionaryRow = z.object({
  version: z.number().nullable(),
  effectsJson: z.string().nullable(),
  who: z.string().nullable(),
  at: z.string().nullable(),
});

const READ_TAGS = `
MATCH (:Project {id: $project})-[:HAS_EFFECT_TAG]->(t:EffectTag)
RETURN t.effect AS effect, t.family AS family, t.action AS action, t.who AS who, toString(t.at) AS at
ORDER BY t.effect, t.family`;

const TagRow = z.object({
  effect: z.string(),
  family: z.string(),
  action: z.enum(['add', 'remove']),
  who: z.string(),
  at: z.string().nullable(),
});

/** The dictionary a project's matrix uses; null when there is no such project. */
export async function readDictionary(
  db: Database,
  project: string,
): Promise<EffectDictionaryResponse | null> {
  const [row] = await readRows(db, DictionaryRow, READ_DICTIONARY, { project });
  if (!row) return null;
  const tags: EffectTag[] = await readRows(db, TagRow, READ_TAGS, { project });
  const stored = row.effectsJson !== null && row.version !== null;
  return {
    project,
    origin: stored ? 'project' : 'lexicon',
    version: row.version ?? 0,
    seed: LEXICON_SEED,
    effects: stored ? decodeEffects(row.effectsJson!) : lexiconEffects(),
    tags,
    editedBy: row.who,
    editedAt: row.at,
  };
}

export const decodeEffects = (json: string): DictionaryEffect[] => DictionaryEffectsJson.parse(json);
