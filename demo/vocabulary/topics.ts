import type { Topic } from './topic-types';
import { CELL_TOPICS } from './topics-cell';
import { DRIVE_TOPICS } from './topics-drive';
import { ELECTROLYTE_TOPICS } from './topics-electrolyte';
import { ENERGY_TOPICS } from './topics-energy';
import { PACK_TOPICS } from './topics-pack';

export type { TextPair, TitleVariant, Topic } from './topic-types';

/** All branches in a fixed order: topic indices are part of the seeded output. */
export const TOPICS: readonly Topic[] = [
  ...CELL_TOPICS,
  ...ELECTROLYTE_TOPICS,
  ...PACK_TOPICS,
  ...DRIVE_TOPICS,
  ...ENERGY_TOPICS,
];

export function topicIndex(id: string): number {
  const index = TOPICS.findIndex((topic) => topic.id === id);
  if (index < 0) throw new Error(`unknown demo topic ${id}`);
  return index;
}

/** Logistic growth: a branch has little weight well before its onset year and its full weight after. */
export function topicWeightInYear(topic: Topic, year: number): number {
  return topic.weight / (1 + Math.exp(-(year - topic.onset) / 1.6));
}
