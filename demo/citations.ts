/**
 * Citations by preferential attachment, strictly in time order. Publications are visited by date;
 * each cites documents already in an "urn" where every publication appears once when published and
 * once more per citation it receives, so a uniform draw from the urn is proportional to
 * (1 + citations so far): Price's model, whose in-degrees are heavy-tailed. Publications of one day
 * enter the urn only after that day is done, so nothing cites a document published the same day or later.
 */
import type { DayNumber } from './dates';
import type { Rng } from './prng';

export interface CitingPublication {
  date: DayNumber;
  topic: number;
  family: number;
  /** Mean number of patent citations this kind of document lists. */
  citationMean: number;
}

export interface CitationOptions {
  externalCount: number;
  /** Share of citations that point outside the corpus (older documents, other fields). */
  externalShare: number;
  /** Share of in-corpus citations drawn from the same branch. */
  sameTopicShare: number;
  topicCount: number;
}

/** Encodes external document k as −(k + 1) so one number array holds both kinds of target. */
export const externalTarget = (k: number): number => -(k + 1);
export const externalIndex = (target: number): number => -target - 1;

/** Zipf-like pick: a few old external documents are cited very often, as foundational patents are. */
function pickExternal(count: number, rng: Rng): number {
  return Math.min(count - 1, Math.floor(count * rng.next() ** 3));
}

function drawTargets(
  citing: number,
  publications: readonly CitingPublication[],
  urns: number[][],
  global: number[],
  options: CitationOptions,
  rng: Rng,
): number[] {
  const publication = publications[citing]!;
  const wanted = rng.skewedCount(publication.citationMean, 30);
  const targets = new Set<number>();
  for (let draw = 0; draw < wanted; draw += 1) {
    if (rng.chance(options.externalShare)) {
      targets.add(externalTarget(pickExternal(options.externalCount, rng)));
      continue;
    }
    const topicUrn = urns[publication.topic]!;
    const urn = topicUrn.length > 0 && rng.chance(options.sameTopicShare) ? topicUrn : global;
    for (let attempt = 0; attempt < 4 && urn.length > 0; attempt += 1) {
      const target = urn[rng.int(0, urn.length - 1)]!;
      if (publications[target]!.family !== publication.family && !targets.has(target)) {
        targets.add(target);
        break;
      }
    }
  }
  return [...targets];
}

/** Returns, per publication, the targets it cites (corpus indices, or negative external codes). */
export function assignCitations(
  publications: readonly CitingPublication[],
  options: CitationOptions,
  rng: Rng,
): number[][] {
  const order = publications
    .map((_, index) => index)
    .sort((a, b) => publications[a]!.date - publications[b]!.date || a - b);
  const urns: number[][] = Array.from({ length: options.topicCount }, () => []);
  const global: number[] = [];
  const citations: number[][] = publications.map(() => []);
  for (let start = 0; start < order.length; ) {
    let end = start;
    const day = publications[order[start]!]!.date;
    while (end < order.length && publications[order[end]!]!.date === day) end += 1;
    for (let position = start; position < end; position += 1) {
      const citing = order[position]!;
      const targets = drawTargets(citing, publications, urns, global, options, rng);
      citations[citing] = targets;
      for (const target of targets) {
        if (target < 0) continue;
        urns[publications[target]!.topic]!.push(target);
        global.push(target);
      }
    }
    for (let position = start; position < end; position += 1) {
      const published = order[position]!;
      urns[publications[published]!.topic]!.push(published);
      global.push(published);
    }
    start = end;
  }
  return citations;
}
