/**
 * Documents the corpus cites but does not contain: older (pre-2008) US, JP, CN, KR, EP and WO
 * numbers in those offices' real shapes. Their ranges end before every corpus range begins, so an
 * external number can never equal a corpus number; loaders turn them into external stubs.
 */
import type { DocumentNumber } from './numbering';
import { Rng } from './prng';

type ExternalMaker = (rng: Rng) => DocumentNumber;

const MAKERS: readonly (readonly [ExternalMaker, number])[] = [
  [(rng) => plain('US', String(rng.int(6_000_000, 7_299_999)), rng.pick(['B1', 'B2'])), 30],
  [
    (rng) => {
      const [year, body] = [rng.int(2001, 2007), String(rng.int(1, 299_999)).padStart(7, '0')];
      return { id: `US${year}${body}A1`, displayKey: `US ${year}/${body} A1` };
    },
    12,
  ],
  [(rng) => plain('JP', `${rng.int(2000, 2007)}${String(rng.int(1, 399_999)).padStart(6, '0')}`, 'A'), 22],
  [(rng) => plain('CN', String(rng.int(1_400_000, 1_999_999)), 'A'), 10],
  [(rng) => plain('KR', `${rng.int(2003, 2007)}${String(rng.int(1, 129_999)).padStart(7, '0')}`, 'A'), 10],
  [(rng) => plain('EP', String(rng.int(1_000_000, 1_849_999)), rng.pick(['A1', 'A2', 'B1'])), 10],
  [
    (rng) => {
      const [year, body] = [rng.int(2002, 2007), String(rng.int(1, 149_999)).padStart(6, '0')];
      return { id: `WO${year}${body}A1`, displayKey: `WO ${year}/${body} A1` };
    },
    6,
  ],
];

function plain(office: string, number: string, kind: string): DocumentNumber {
  return { id: `${office}${number}${kind}`, displayKey: `${office} ${number} ${kind}` };
}

export function makeExternalDocuments(count: number, seed: number): DocumentNumber[] {
  const rng = Rng.derive(seed, 'externals');
  const weights = MAKERS.map(([, weight]) => weight);
  const documents = new Map<string, DocumentNumber>();
  while (documents.size < count) {
    const document = MAKERS[rng.weightedIndex(weights)]![0](rng);
    documents.set(document.id, document);
  }
  return [...documents.values()];
}
