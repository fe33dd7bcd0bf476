import type { Migration } from './migration';

/**
 * Effect dictionary (graph-schema/stored/effect-dictionary.ts): one dictionary per project, and the
 * MERGE key of hand tags; the matrix reads a project's tags by project.
 */
export const migration013: Migration = {
  id: '013-effect-dictionary',
  description: 'uniqueness of the effect dictionary per project and of effect tag ids; index on tag project',
  statements: [
    'CREATE CONSTRAINT effect_dictionary_project IF NOT EXISTS FOR (n:EffectDictionary) REQUIRE n.project IS UNIQUE',
    'CREATE CONSTRAINT effect_tag_id IF NOT EXISTS FOR (n:EffectTag) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX effect_tag_project IF NOT EXISTS FOR (n:EffectTag) ON (n.project)',
  ],
};
