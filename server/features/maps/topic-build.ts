/**
 * Builds the topic map of one scope: the scope snapshot gives the families (and each one's
 * representative member), one streaming read gives the representatives' texts, tokenised as they
 * arrive into the term collector, then the pure model (server/analytics/topic/topic-model.ts).
 */
import type { Database } from '@graph-schema/db/driver';
import { TermCollector } from '@server/analytics/topic/sparse-tfidf';
import { DEFAULT_TOPIC_PARAMETERS, type TopicModel, topicModel } from '@server/analytics/topic/topic-model';
import { readDataState } from '@server/platform/data-version/read-data-version';
import { streamRows } from '@server/platform/db/read';
import type { AnalysisSnapshot } from '@server/platform/snapshot/snapshot';
import { TOPIC_TEXTS, TopicTextRow, topicTextParts } from './topic-cypher';
import { familyTokens, SurfaceForms } from './topic-text';

export interface TopicMapBuild {
  readonly snapshot: AnalysisSnapshot;
  readonly model: TopicModel;
  /** The word shown for a term (English stems get their most frequent word). */
  readonly displayForm: (term: string) => string;
  readonly dataVersion: string;
  readonly builtAt: string;
  readonly buildMs: number;
}

/** Tokenises the rows of the representatives into a collector whose row r is snapshot family r. */
export async function collectTopicTexts(db: Database, snapshot: AnalysisSnapshot) {
  const rowOf = new Map(snapshot.families.map((family, r) => [family.representativeId, r]));
  return streamRows(db, TopicTextRow, TOPIC_TEXTS, { ids: [...rowOf.keys()] }, () => {
    const collector = new TermCollector(snapshot.families.length);
    const forms = new SurfaceForms();
    return {
      onRow: (row) => {
        const parts = topicTextParts(row);
        collector.set(rowOf.get(row.id)!, familyTokens(parts));
        forms.observe(parts.join(' '));
      },
      finish: () => ({ collector, forms }),
    };
  });
}

export async function buildTopicMap(db: Database, snapshot: AnalysisSnapshot): Promise<TopicMapBuild> {
  const started = performance.now();
  const [{ collector, forms }, state] = await Promise.all([
    collectTopicTexts(db, snapshot),
    readDataState(db),
  ]);
  // One macrotask before the CPU-bound part, so requests that arrived meanwhile are answered first.
  await new Promise((resolve) => setImmediate(resolve));
  const model = topicModel(collector, DEFAULT_TOPIC_PARAMETERS);
  return {
    snapshot,
    model,
    displayForm: (term) => forms.formOf(term),
    dataVersion: state.version,
    builtAt: new Date().toISOString(),
    buildMs: Math.round(performance.now() - started),
  };
}

/**
 * Rough retained bytes of a build: its typed arrays per family, plus the scope snapshot it keeps
 * alive (counted here too, since the snapshot cache may drop it while the map still holds it).
 */
export function topicBuildBytes(build: TopicMapBuild): number {
  return build.snapshot.families.length * 40 + build.snapshot.estimatedBytes() + 200_000;
}
