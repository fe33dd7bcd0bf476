/**
 * The demo vocabularies: the JSON files in this folder, validated (per file and across files) once
 * when the generator is imported, so a broken file stops it with the file and the JSON path.
 * Order inside each file is part of the seeded output: draws pick by index.
 */
import applicantsFile from './applicants-dominant.json';
import banksFile from './banks.json';
import { vocabularyProblems } from './check';
import effectsFile from './effects.json';
import namesFile from './names.json';
import { type Effect, parseVocabulary, type Topic } from './schema';
import cellFile from './topics-cell.json';
import driveFile from './topics-drive.json';
import electrolyteFile from './topics-electrolyte.json';
import energyFile from './topics-energy.json';
import packFile from './topics-pack.json';

export type { DominantApplicant, Effect, TextPair, TitleVariant, Topic } from './schema';

const names = parseVocabulary('names.json', namesFile);
const applicants = parseVocabulary('applicants-dominant.json', applicantsFile);
const effects = parseVocabulary('effects.json', effectsFile);

/** All branches in a fixed order: topic indices are part of the seeded output. */
export const TOPICS: readonly Topic[] = [
  parseVocabulary('topics-cell.json', cellFile),
  parseVocabulary('topics-electrolyte.json', electrolyteFile),
  parseVocabulary('topics-pack.json', packFile),
  parseVocabulary('topics-drive.json', driveFile),
  parseVocabulary('topics-energy.json', energyFile),
].flatMap((file) => file.topics);

const problems = vocabularyProblems({
  topics: TOPICS,
  effects: effects.effects,
  applicants: applicants.applicants,
  ...names,
});
if (problems.length > 0) throw new Error(`demo vocabularies are inconsistent:\n  ${problems.join('\n  ')}`);

export const { applicants: DOMINANT_APPLICANTS, universitySuffixes: UNIVERSITY_SUFFIXES } = applicants;
export const { pledgees: PLEDGEES } = parseVocabulary('banks.json', banksFile);
export const {
  cnSurnames: CN_SURNAMES,
  cnGiven: CN_GIVEN,
  jpSurnames: JP_SURNAMES,
  jpGiven: JP_GIVEN,
  krSurnames: KR_SURNAMES,
  krGiven: KR_GIVEN,
  westernSurnames: WESTERN_SURNAMES,
  westernGiven: WESTERN_GIVEN,
  firmSyllables: FIRM_SYLLABLES,
  firmLines: FIRM_LINES,
  firmSuffixes: FIRM_SUFFIXES,
  foreignFirmWords: FOREIGN_FIRM_WORDS,
  foreignFirmLines: FOREIGN_FIRM_LINES,
  foreignFirmForms: FOREIGN_FIRM_FORMS,
} = names;

/** The phrase of an effect id (ids are checked against `effects.json` at load). */
export function effectPhrase(id: string): Effect {
  const effect = effects.effects[id];
  if (!effect) throw new Error(`unknown demo effect ${id}`);
  return effect;
}

export function topicIndex(id: string): number {
  const index = TOPICS.findIndex((topic) => topic.id === id);
  if (index < 0) throw new Error(`unknown demo topic ${id}`);
  return index;
}

/** Logistic growth: a branch has little weight well before its onset year and its full weight after. */
export function topicWeightInYear(topic: Topic, year: number): number {
  return topic.weight / (1 + Math.exp(-(year - topic.onset) / 1.6));
}
