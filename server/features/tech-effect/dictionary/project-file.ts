/**
 * The effect dictionary in the project export file: exported once the project has edited it (a
 * project on the shipped lexicon exports the same file as before dictionaries existed), and
 * written back on import. A replacing import of a file without one returns the project to the
 * shipped lexicon, since the file is the project's whole state.
 */
import type { Database } from '@graph-schema/db/driver';
import type { EffectDictionaryFile } from '@graph-schema/dto/effect-dictionary';
import { readDictionary } from './dictionary-reads';
import { replaceDictionary, resetDictionary } from './dictionary-writes';

export async function effectDictionaryPart(
  db: Database,
  project: string,
): Promise<{ effectDictionary?: EffectDictionaryFile }> {
  const dictionary = await readDictionary(db, project);
  if (!dictionary || dictionary.origin === 'lexicon') return {};
  return { effectDictionary: { effects: dictionary.effects, tags: dictionary.tags } };
}

export async function importEffectDictionary(
  db: Database,
  project: string,
  file: EffectDictionaryFile | undefined,
  replacing: boolean,
): Promise<void> {
  if (file) await replaceDictionary(db, project, file, 'import');
  else if (replacing) await resetDictionary(db, project);
}
