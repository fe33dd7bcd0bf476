/**
 * The corpus skeleton: every family, member and publication with numbers and citations, but no
 * text. It is compact (a few hundred bytes per publication), so 100 000 families fit easily;
 * titles, abstracts and claims are rendered one family at a time while the files are written.
 */
import { type ApplicantRegistry, buildApplicantRegistry } from './applicants';
import { assignCitations, type CitingPublication } from './citations';
import { type DayNumber, dayFromParts, yearOfDay } from './dates';
import { makeExternalDocuments } from './externals';
import type { PlannedDocument } from './legal';
import { allocateSerials, type DocumentNumber, documentNumber, lensIdFrom } from './numbering';
import { type FamilyContext, type PlannedFamily, planFamily } from './plan-family';
import { deriveSeed, Rng } from './prng';
import type { CorpusOptions } from './types';
import { TOPICS } from './vocabulary';

export interface PlannedPublication {
  family: number;
  member: number;
  document: PlannedDocument;
  number: DocumentNumber;
  lensId: string;
  /** Corpus publication indices, or negative codes for external documents (see citations.ts). */
  citations: number[];
  citedBy: number[];
}

export interface CorpusPlan {
  options: CorpusOptions;
  asOf: DayNumber;
  registry: ApplicantRegistry;
  families: PlannedFamily[];
  publications: PlannedPublication[];
  /** Publication indices of each family, in member and document order. */
  familyPublications: number[][];
  externals: DocumentNumber[];
}

/** Mean citations listed per document kind: US grants list many, utility models and US A1s few. */
function citationMean(document: PlannedDocument): number {
  if (document.series === 'US-B') return 7;
  if (document.series === 'US-A') return 0.3;
  if (document.series === 'CN-U') return 1.2;
  if (document.series === 'CN-A') return document.isGrant ? 3.5 : 2.5;
  return document.isGrant ? 3 : 2.5;
}

function planFamilies(options: CorpusOptions, registry: ApplicantRegistry, asOf: DayNumber): PlannedFamily[] {
  let running = 0;
  const cumulativeWeights = Float64Array.from(registry.entities, (entity) => (running += entity.weight));
  const context: FamilyContext = {
    registry,
    cumulativeWeights,
    startYear: options.startYear,
    endYear: options.endYear,
    asOf,
    applicationCounters: new Map(),
  };
  const families = Array.from({ length: options.families }, (_, index) =>
    planFamily(index, context, Rng.derive(options.seed, 'family', index)),
  );
  // Exports list families roughly by date: order by priority, then renumber.
  families.sort((a, b) => a.priority - b.priority || a.index - b.index);
  families.forEach((family, index) => {
    family.index = index;
  });
  return families;
}

function flattenPublications(families: readonly PlannedFamily[]) {
  const publications: Omit<PlannedPublication, 'number' | 'lensId'>[] = [];
  const familyPublications: number[][] = families.map((family) => {
    const indices: number[] = [];
    family.members.forEach((member, memberIndex) => {
      for (const document of member.lifecycle.documents) {
        indices.push(publications.length);
        publications.push({
          family: family.index,
          member: memberIndex,
          document,
          citations: [],
          citedBy: [],
        });
      }
    });
    return indices;
  });
  return { publications, familyPublications };
}

/** Numbers rise with publication date inside each series and year; EP grants keep their A number. */
function numberPublications(
  publications: readonly Omit<PlannedPublication, 'number' | 'lensId'>[],
  seed: number,
): DocumentNumber[] {
  const numbers: DocumentNumber[] = new Array(publications.length);
  const groups = new Map<string, number[]>();
  publications.forEach((publication, index) => {
    const { series, isGrant, date } = publication.document;
    if (series === 'EP-A' && isGrant) return;
    const key = `${series}|${yearOfDay(date)}`;
    const group = groups.get(key) ?? [];
    group.push(index);
    groups.set(key, group);
  });
  const rng = Rng.derive(seed, 'numbers');
  for (const key of [...groups.keys()].sort()) {
    const indices = groups
      .get(key)!
      .sort((a, b) => publications[a]!.document.date - publications[b]!.document.date || a - b);
    const [series, year] = key.split('|') as [PlannedDocument['series'], string];
    const serials = allocateSerials(series, Number(year), indices.length, () => rng.next());
    indices.forEach((index, rank) => {
      const publication = publications[index]!;
      numbers[index] = documentNumber(series, Number(year), serials[rank]!, publication.document.kind);
    });
  }
  publications.forEach((publication, index) => {
    if (numbers[index]) return;
    const application = numbers[index - 1]!; // the EP A1 is the document just before its B1
    numbers[index] = {
      id: application.id.replace(/A\d$/, publication.document.kind),
      displayKey: application.displayKey.replace(/A\d$/, publication.document.kind),
    };
  });
  return numbers;
}

export function planCorpus(options: CorpusOptions): CorpusPlan {
  if (options.families < 1 || options.endYear < options.startYear + 2) {
    throw new Error('demo corpus needs at least one family and a window of three years or more');
  }
  const asOf = dayFromParts(options.endYear, 12, 31);
  const registry = buildApplicantRegistry(options.seed);
  const families = planFamilies(options, registry, asOf);
  const { publications: drafts, familyPublications } = flattenPublications(families);
  const numbers = numberPublications(drafts, options.seed);
  const externals = makeExternalDocuments(Math.max(150, Math.round(options.families * 0.06)), options.seed);
  const citing: CitingPublication[] = drafts.map((draft) => ({
    date: draft.document.date,
    topic: families[draft.family]!.topic,
    family: draft.family,
    citationMean: citationMean(draft.document),
  }));
  const citationOptions = {
    externalCount: externals.length,
    externalShare: 0.12,
    sameTopicShare: 0.8,
    topicCount: TOPICS.length,
  };
  const citations = assignCitations(citing, citationOptions, Rng.derive(options.seed, 'citations'));
  const publications: PlannedPublication[] = drafts.map((draft, index) => ({
    ...draft,
    number: numbers[index]!,
    lensId: lensIdFrom(
      deriveSeed(options.seed, numbers[index]!.id),
      deriveSeed(options.seed, 'lens', numbers[index]!.id),
    ),
    citations: citations[index]!,
  }));
  publications.forEach((publication, index) => {
    for (const target of publication.citations) if (target >= 0) publications[target]!.citedBy.push(index);
  });
  return { options, asOf, registry, families, publications, familyPublications, externals };
}
