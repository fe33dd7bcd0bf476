import { describe, expect, it } from 'vitest';
import { bm25Builder, buildBm25Index, buildBm25IndexInSlices } from './bm25';
import { tokenize } from './tokenize';

describe('buildBm25Index', () => {
  /*
   * Tokens (stemmed, stop words removed):
   *   d0 "Lithium battery cathode"         → lithium batteri cathod   |d0| = 3
   *   d1 "Battery pack: battery separator" → batteri pack batteri separ  |d1| = 4
   *   d2 "Solar panel"                     → solar panel               |d2| = 2
   * N = 3, avgdl = 9/3 = 3. Query "batteries" → batteri, df = 2:
   *   idf = ln(1 + (3 − 2 + 0.5)/(2 + 0.5)) = ln 1.6 = 0.4700036
   *   d1: tf 2, norm = 0.25 + 0.75·4/3 = 1.25 → 0.4700036 · 2·2.2/(2 + 1.2·1.25) = 0.4700036 · 4.4/3.5 = 0.5908617
   *   d0: tf 1, norm = 0.25 + 0.75·3/3 = 1    → 0.4700036 · 2.2/(1 + 1.2)       = 0.4700036
   */
  const english = buildBm25Index([
    'Lithium battery cathode',
    'Battery pack: battery separator',
    'Solar panel',
  ]);

  it('ranks by hand-checked BM25 scores and matches stems (batteries ↔ battery)', () => {
    expect(english.averageLength).toBe(3);
    expect(english.search('batteries')).toEqual([
      { docIndex: 1, score: expect.closeTo((Math.log(1.6) * 4.4) / 3.5, 12), matchedTerms: ['batteri'] },
      { docIndex: 0, score: expect.closeTo(Math.log(1.6), 12), matchedTerms: ['batteri'] },
    ]);
  });

  it('adds scores over query terms and lists the matched terms', () => {
    const [top] = english.search('lithium batteries');
    expect(top).toMatchObject({ docIndex: 0, matchedTerms: ['lithium', 'batteri'] });
  });

  it('applies limit and filter, and returns nothing for unknown terms', () => {
    expect(english.search('battery', { limit: 1 }).map((hit) => hit.docIndex)).toEqual([1]);
    expect(english.search('battery', { filter: (doc) => doc !== 1 }).map((hit) => hit.docIndex)).toEqual([0]);
    expect(english.search('graphene')).toEqual([]);
  });

  it('finds a Chinese document with a Chinese query (jieba segmentation)', () => {
    const chinese = buildBm25Index([
      '一种电池包的散热结构',
      '一种锂离子电池正极材料及其制备方法',
      '一种无人机的折叠机臂',
    ]);
    const hits = chinese.search('锂离子电池的正极');
    expect(hits[0]).toMatchObject({ docIndex: 1, matchedTerms: ['锂离子', '电池', '正极'] });
    expect(hits.map((hit) => hit.docIndex)).toEqual([1, 0]); // doc 0 shares only 电池
  });

  it('built in slices that yield, gives the same scores, matches and order as built at once', async () => {
    const documents = [
      'lithium battery cathode material',
      'battery pack cooling plate for a battery',
      'unmanned aerial vehicle with folding arms',
      '一种锂离子电池正极材料及其制备方法',
      'cathode coating of a lithium ion battery, battery separator',
    ];
    const once = buildBm25Index(documents);
    const sliced = await buildBm25IndexInSlices(documents, {}, 2);
    for (const query of ['lithium battery', 'battery cathode 电池', 'arms vehicle']) {
      expect(sliced.search(query, { limit: 10 })).toEqual(once.search(query, { limit: 10 }));
    }
    expect(sliced.averageLength).toBe(once.averageLength);
  });

  it("fed one document's terms at a time (bm25Builder), gives the same index as built from the texts", async () => {
    const documents = [
      'lithium battery cathode material',
      'battery pack cooling plate for a battery',
      '一种锂离子电池正极材料及其制备方法',
      'cathode coating of a lithium ion battery, battery separator',
    ];
    const once = buildBm25Index(documents);
    const fed = bm25Builder();
    const sliced = bm25Builder();
    for (const document of documents) {
      fed.add(tokenize(document));
      sliced.add(tokenize(document));
    }
    const [atOnce, inSlices] = [fed.finish(), await sliced.finishInSlices(1)];
    for (const query of ['lithium battery', 'battery cathode 电池', 'separator']) {
      expect(atOnce.search(query, { limit: 10 })).toEqual(once.search(query, { limit: 10 }));
      expect(inSlices.search(query, { limit: 10 })).toEqual(once.search(query, { limit: 10 }));
    }
    expect(atOnce.averageLength).toBe(once.averageLength);
    expect(once.search('battery').length).toBe(3); // the comparison is of real hits
  });
});
