import { describe, expect, it } from 'vitest';
import { generateCorpus } from './generate';
import type { DemoPatent } from './types';
import { TOPICS } from './vocabulary';

const corpus = generateCorpus({ families: 3000, seed: 42 });
const byId = new Map(corpus.map((patent) => [patent.publicationId, patent]));

function families(patents: readonly DemoPatent[]): Map<string, DemoPatent[]> {
  const grouped = new Map<string, DemoPatent[]>();
  for (const patent of patents)
    grouped.set(patent.familyId, [...(grouped.get(patent.familyId) ?? []), patent]);
  return grouped;
}

describe('generateCorpus', () => {
  it('is deterministic: the same seed gives the same corpus, another seed a different one', () => {
    const small = (seed: number) => JSON.stringify(generateCorpus({ families: 200, seed }));
    expect(small(7)).toBe(small(7));
    expect(small(8)).not.toBe(small(7));
  });

  it('gives every family at least one published member and a consistent member list', () => {
    const grouped = families(corpus);
    expect(grouped.size).toBe(3000);
    for (const members of grouped.values()) {
      const ids = members.map((patent) => patent.publicationId).sort();
      for (const patent of members) expect([...patent.familyMembers].sort()).toEqual(ids);
    }
    expect(new Set(corpus.map((patent) => patent.publicationId)).size).toBe(corpus.length);
  });

  it('keeps most families CN-only and spreads a few over 3 to 6 offices', () => {
    const officeCounts = [...families(corpus).values()].map(
      (members) => new Set(members.map((patent) => patent.office)).size,
    );
    const single = officeCounts.filter((count) => count === 1).length / officeCounts.length;
    expect(single).toBeGreaterThan(0.75);
    expect(officeCounts.filter((count) => count >= 3).length).toBeGreaterThan(100);
    expect(Math.max(...officeCounts)).toBeLessThanOrEqual(6);
  });

  it('cites only documents published strictly earlier', () => {
    let internal = 0;
    for (const patent of corpus) {
      for (const cited of patent.citations) {
        const target = byId.get(cited);
        if (!target) continue;
        internal += 1;
        expect(target.publicationDate < patent.publicationDate, `${patent.publicationId} → ${cited}`).toBe(
          true,
        );
      }
    }
    expect(internal).toBeGreaterThan(5000);
  });

  it('has a heavy citation tail: the top 1 % of publications receive at least 15 % of in-corpus citations', () => {
    const received = new Map<string, number>();
    for (const patent of corpus)
      for (const cited of patent.citations)
        if (byId.has(cited)) received.set(cited, (received.get(cited) ?? 0) + 1);
    const counts = corpus.map((patent) => received.get(patent.publicationId) ?? 0).sort((a, b) => b - a);
    const total = counts.reduce((sum, count) => sum + count, 0);
    const top = counts.slice(0, Math.ceil(counts.length / 100)).reduce((sum, count) => sum + count, 0);
    expect(top / total).toBeGreaterThanOrEqual(0.15);
  });

  it('cites external documents that are not in the corpus, and lists forward citations consistently', () => {
    const external = corpus.flatMap((patent) => patent.citations.filter((cited) => !byId.has(cited)));
    expect(external.length).toBeGreaterThan(500);
    expect(external.every((id) => /^(US|JP|CN|KR|EP|WO)\d+[A-Z]\d?$/.test(id))).toBe(true);
    for (const patent of corpus)
      for (const citing of patent.citedBy)
        expect(byId.get(citing)?.citations).toContain(patent.publicationId);
  });

  it('concentrates applicants: the top 8 lead about 40 % of families, and a long tail follows', () => {
    const leads = new Map<string, number>();
    for (const members of families(corpus).values()) {
      const lead = members[0]!.truth.applicantEntityIds[0]!;
      leads.set(lead, (leads.get(lead) ?? 0) + 1);
    }
    const ranked = [...leads.values()].sort((a, b) => b - a);
    const topEight = ranked.slice(0, 8).reduce((sum, count) => sum + count, 0) / 3000;
    expect(topEight).toBeGreaterThan(0.35);
    expect(topEight).toBeLessThan(0.45);
    expect(leads.size).toBeGreaterThan(250);
  });

  it('writes claims in the real styles, and leaves a few CN records without claim text', () => {
    const cn = corpus.filter((patent) => patent.office === 'CN');
    const withClaims = cn.filter((patent) => patent.claims.length > 0);
    expect(
      withClaims.every((patent) =>
        /^一种.+，包括(以下步骤)?：.+；其特征在于，.+。$/.test(patent.claims[0]!.text),
      ),
    ).toBe(true);
    expect(withClaims.every((patent) => patent.claims[1]!.text.startsWith('根据权利要求1所述的'))).toBe(true);
    expect(withClaims.every((patent) => patent.claims.length >= 6 && patent.claims.length <= 17)).toBe(true);
    expect(cn.length - withClaims.length).toBeGreaterThan(10);
    const us = corpus.find((patent) => patent.office === 'US')!;
    expect(us.claims[0]!.text).toMatch(/^An? .+, comprising: .+; wherein .+\.$/);
    expect(us.claims[1]!.text).toMatch(/^The .+ of claim 1, wherein /);
  });

  it('classifies each family inside its branch and leaves deliberate blank effect cells', () => {
    for (const patent of corpus) {
      const topic = TOPICS.find((candidate) => candidate.id === patent.truth.topic)!;
      // A title variant with codes of its own (the anode materials) classifies inside those.
      const variant = topic.titles.find(
        (title) => patent.title.zh === title.title[0] || patent.title.en === title.title[1],
      );
      expect(variant?.ipc ?? topic.ipc).toContain(patent.ipcMain);
      expect(patent.abstract.en).toContain('The invention can');
    }
    const solid = corpus.filter((patent) => patent.truth.topic === 'solid-electrolyte');
    expect(solid.length).toBeGreaterThan(50);
    expect(solid.some((patent) => patent.truth.effects.includes('lowTemperature'))).toBe(false);
    expect(corpus.some((patent) => patent.abstract.zh?.includes('改善低温性能'))).toBe(true);
  });

  it('keeps legal status consistent with dates', () => {
    for (const patent of corpus) {
      expect(patent.publicationDate <= '2024-12-31').toBe(true);
      expect(patent.applicationDate <= patent.firstPublicationDate).toBe(true);
      // 'unknown' = the 1 % of CN rows whose export carries no legal status at all.
      if (patent.grantDate) expect(['active', 'inactive', 'unknown']).toContain(patent.legal.status);
      if (patent.legal.status === 'pending') expect(patent.isGrant).toBe(false);
      if (patent.legal.lapseDate && patent.grantDate)
        expect(patent.legal.lapseDate > patent.grantDate).toBe(true);
    }
    const validities = new Set(
      corpus.filter((patent) => patent.office === 'CN').map((patent) => patent.legal.validity),
    );
    expect([...validities].sort()).toEqual(['', '失效', '审中', '有效']);
  });
});
