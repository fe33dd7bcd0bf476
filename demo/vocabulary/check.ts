/**
 * What zod cannot check file by file: ids are unique, and every topic id and effect id one file
 * uses is defined in another (a dangling id would otherwise fail mid-generation, in `topicIndex`).
 */
import type { DominantApplicant, Effect, Topic } from './schema';

type FirmLines = readonly { readonly topics: readonly string[] }[];

export interface VocabularyReferences {
  topics: readonly Topic[];
  effects: Readonly<Record<string, Effect>>;
  applicants: readonly DominantApplicant[];
  firmLines: FirmLines;
  foreignFirmLines: FirmLines;
}

function defined(what: string, file: string, ids: readonly string[]): string[] {
  const twice = new Set(ids.filter((id, index) => ids.indexOf(id) !== index));
  return [...twice].map((id) => `${file}: ${what} id "${id}" is defined twice`);
}

function firmLineProblems(key: string, lines: FirmLines, topicIds: ReadonlySet<string>): string[] {
  return lines.flatMap((line, index) =>
    line.topics
      .filter((topic) => !topicIds.has(topic))
      .map((topic) => `names.json: ${key}[${index}].topics names unknown topic "${topic}"`),
  );
}

/** One line per problem, naming the file and where the reference is; empty when all is well. */
export function vocabularyProblems(vocabulary: VocabularyReferences): string[] {
  const topicIds = new Set(vocabulary.topics.map((topic) => topic.id));
  return [
    ...defined('topic', 'topics-*.json', [...vocabulary.topics.map((topic) => topic.id)]),
    ...defined('applicant', 'applicants-dominant.json', [...vocabulary.applicants.map((a) => a.id)]),
    ...vocabulary.topics.flatMap((topic) =>
      topic.effects
        .filter((effect) => !Object.hasOwn(vocabulary.effects, effect))
        .map((effect) => `topics-*.json: topic "${topic.id}" names unknown effect "${effect}"`),
    ),
    ...vocabulary.applicants.flatMap((applicant) =>
      applicant.topics
        .filter(([topic]) => !topicIds.has(topic))
        .map(
          ([topic]) => `applicants-dominant.json: applicant "${applicant.id}" names unknown topic "${topic}"`,
        ),
    ),
    ...firmLineProblems('firmLines', vocabulary.firmLines, topicIds),
    ...firmLineProblems('foreignFirmLines', vocabulary.foreignFirmLines, topicIds),
  ];
}
