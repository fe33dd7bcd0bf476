import { characterBigrams, tokenize } from '../text/tokenize';

/**
 * Scores how well one claim element is present in a product's features, 0–100.
 *
 * score = 100 × max(term coverage, 0.9 × Han-bigram coverage), for the best single feature:
 * - term coverage: share of the element's distinct terms (stemmed English words, jieba words,
 *   after synonym canonicalisation) that the feature contains — element-centred, because every
 *   element must be found in the product, while the product may have more;
 * - Han-bigram coverage: the same over character bigrams of the Chinese text, which tolerates
 *   segmentation differences (正极活性材料 vs 正极材料); discounted by 0.9 as it is the weaker evidence.
 * Reference signs such as "(102)" are removed first.
 *
 * Kind thresholds: identical ≥ 80, equivalent 50–79 (a partial match that a person must judge
 * under the doctrine of equivalents), missing < 50.
 */
export type ElementMatchKind = 'identical' | 'equivalent' | 'missing';

export const MATCH_THRESHOLDS = { identical: 80, equivalent: 50 } as const;

export interface ElementMatch {
  readonly element: string;
  /** The feature that matched best, or null when no feature shares anything with the element. */
  readonly bestFeature: string | null;
  readonly score: number;
  readonly kind: ElementMatchKind;
}

/** Default zh/en synonym groups (single terms only; members map to the first one). */
export const DEFAULT_SYNONYMS: readonly (readonly string[])[] = [
  ['battery', '电池'],
  ['cathode', '正极'],
  ['anode', '负极'],
  ['separator', '隔膜'],
  ['electrolyte', '电解液', '电解质'],
  ['coating', '包覆', '涂层', 'coated'],
  ['processor', '处理器'],
  ['memory', '存储器', '内存'],
  ['transceiver', '收发器'],
  ['circuit', 'circuitry', '电路'],
  ['sensor', '传感器'],
  ['wireless', '无线'],
  ['connection', '连接', 'connected'],
  ['housing', 'casing', '壳体', '外壳'],
];

/** A product feature as matched: its terms and bigrams as sets, looked up by every element. */
export interface PreparedText {
  readonly text: string;
  readonly terms: ReadonlySet<string>;
  readonly bigrams: ReadonlySet<string>;
}

/**
 * A claim element as matched: its distinct terms and bigrams as lists, only iterated (the lists
 * decode from the FTO index's stored claims without building a set per element).
 */
export interface PreparedElement {
  readonly text: string;
  readonly terms: readonly string[];
  readonly bigrams: readonly string[];
}

export type Canonicaliser = (term: string) => string;

export function synonymCanonicaliser(
  groups: readonly (readonly string[])[] = DEFAULT_SYNONYMS,
): Canonicaliser {
  const canonical = new Map<string, string>();
  for (const group of groups) {
    const [head] = group.map((member) => tokenize(member));
    if (head?.length !== 1) continue;
    for (const member of group) {
      const terms = tokenize(member);
      if (terms.length === 1) canonical.set(terms[0]!, head[0]!);
    }
  }
  return (term) => canonical.get(term) ?? term;
}

export function prepareText(text: string, canonicalise: Canonicaliser): PreparedText {
  const cleaned = text.replace(/\(\s*\d+[a-z]?\s*\)/gi, ' ');
  return { text, terms: new Set(tokenize(cleaned).map(canonicalise)), bigrams: hanBigrams(text) };
}

export function prepareElement(text: string, canonicalise: Canonicaliser): PreparedElement {
  const prepared = prepareText(text, canonicalise);
  return { text, terms: [...prepared.terms], bigrams: [...prepared.bigrams] };
}

/**
 * The character bigrams of a text's Han runs (reference signs hold no Han characters, so the raw
 * text gives the same set as the cleaned one).
 */
export function hanBigrams(text: string): ReadonlySet<string> {
  const bigrams = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (const bigram of characterBigrams(run)) bigrams.add(bigram);
  }
  return bigrams;
}

/**
 * A screening's features indexed for matching: for each term and each bigram, the features that
 * hold it. An element's needles are then each looked up once, not once per feature (a screening
 * charts ~500 candidates' elements against 4–8 features; the lookups were a third of its time).
 */
export interface FeatureIndex {
  readonly features: readonly PreparedText[];
  readonly termHolders: ReadonlyMap<string, readonly number[]>;
  readonly bigramHolders: ReadonlyMap<string, readonly number[]>;
  /** Per-feature counters reused by every element (charting is synchronous, one element at a time). */
  readonly scratch: { readonly termHits: Int32Array; readonly bigramHits: Int32Array };
}

export function featureIndex(features: readonly PreparedText[]): FeatureIndex {
  const holders = (of: (feature: PreparedText) => ReadonlySet<string>) => {
    const map = new Map<string, number[]>();
    features.forEach((feature, f) => {
      for (const needle of of(feature)) {
        const list = map.get(needle);
        if (list) list.push(f);
        else map.set(needle, [f]);
      }
    });
    return map;
  };
  return {
    features,
    termHolders: holders((feature) => feature.terms),
    bigramHolders: holders((feature) => feature.bigrams),
    scratch: { termHits: new Int32Array(features.length), bigramHits: new Int32Array(features.length) },
  };
}

/**
 * The best feature for an element: per feature, the share of the element's terms and of its
 * bigrams that the feature holds; the first feature with the highest score wins.
 */
export function matchElement(element: PreparedElement, index: FeatureIndex): ElementMatch {
  const { features } = index;
  const termHits = countHits(element.terms, index.termHolders, index.scratch.termHits);
  const bigramHits = countHits(element.bigrams, index.bigramHolders, index.scratch.bigramHits);
  let bestScore = 0;
  let bestFeature: string | null = null;
  for (let f = 0; f < features.length; f++) {
    const termCoverage = share(termHits[f]!, element.terms.length);
    const bigramCoverage = share(bigramHits[f]!, element.bigrams.length);
    const score = Math.round(100 * Math.max(termCoverage, 0.9 * bigramCoverage));
    if (score > bestScore) {
      bestScore = score;
      bestFeature = features[f]!.text;
    }
  }
  return { element: element.text, bestFeature, score: bestScore, kind: kindOf(bestScore) };
}

export function kindOf(score: number): ElementMatchKind {
  if (score >= MATCH_THRESHOLDS.identical) return 'identical';
  if (score >= MATCH_THRESHOLDS.equivalent) return 'equivalent';
  return 'missing';
}

/** How many of the (distinct) needles each feature holds, counted into `hits`. */
function countHits(
  needles: readonly string[],
  holders: ReadonlyMap<string, readonly number[]>,
  hits: Int32Array,
): Int32Array {
  hits.fill(0);
  for (const needle of needles) {
    const holding = holders.get(needle);
    if (holding) for (const f of holding) hits[f]!++;
  }
  return hits;
}

/** Share of the needles found (0 when there are none). */
const share = (found: number, needles: number): number => (needles === 0 ? 0 : found / needles);
