/**
 * The effect dictionary of a project (issue 13): one (:EffectDictionary) per project holding its
 * effects as one JSON property (Neo4j stores no nested maps) and a version that grows with every
 * edit, and one (:EffectTag) per hand-tagged family and effect. Both are keyed by ids (project,
 * effect id, family id), never linked to Patent nodes, so re-ingesting files cannot delete them.
 */
import { z } from 'zod';
import { DictionaryEffects, TagAction } from '../dto/effect-dictionary';
import { jsonProperty } from '../vocabulary/stored-json';

export const DictionaryEffectsJson = jsonProperty(DictionaryEffects);

export const EffectDictionaryNode = z.strictObject({
  project: z.string().min(1),
  version: z.number().int().positive(),
  effectsJson: z.string().min(2),
  who: z.string().min(1),
  /** Neo4j `DateTime` set by the write. */
  at: z.string().optional(),
});
export type EffectDictionaryNode = z.infer<typeof EffectDictionaryNode>;

/** `<project>|<effect>|<family>`: one hand tag per family, effect and project. */
export const effectTagKey = (project: string, effect: string, family: string) =>
  `${project}|${effect}|${family}`;

export const EffectTagNode = z.strictObject({
  id: z.string().min(3),
  project: z.string().min(1),
  effect: z.string().min(1),
  family: z.string().min(1),
  action: TagAction,
  who: z.string().min(1),
  at: z.string().optional(),
});
export type EffectTagNode = z.infer<typeof EffectTagNode>;
