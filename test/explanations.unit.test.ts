import {
  BASIS_EXPLANATION_CODES,
  CHAIN_EXPLANATION_CODES,
  Explanation,
  FENCE_EXPLANATION_CODES,
  FTO_EXPLANATION_CODES,
  GAP_EXPLANATION_CODES,
  LIFECYCLE_EXPLANATION_CODES,
  NOTE_EXPLANATION_CODES,
  TECH_EFFECT_EXPLANATION_CODES,
} from '@graph-schema/dto/explanation';
import { explainChain } from '@server/features/chains/explain-chain';
import { explainFence } from '@server/features/fence/explain-fence';
import { explainFto } from '@server/features/fto/explain-fto';
import { explainGap } from '@server/features/gaps/explain-gap';
import { explainLifecycle } from '@server/features/landscape/explain-lifecycle';
import { explainTechEffect } from '@server/features/tech-effect/explain-tech-effect';
import { explainBasis } from '@server/platform/explanations/basis';
import { signedPercent } from '@server/platform/explanations/explainer';
import { explainMap } from '@server/platform/explanations/maps';
import { explainNote } from '@server/platform/explanations/notes';
import { describe, expect, it } from 'vitest';

describe('explanation helpers: code, params and text come from one call', () => {
  it('gaps: the reason carries its unformatted numbers and renders them in the text', () => {
    expect(explainGap('gap.fastGrowing', { growth: 0.834 })).toEqual({
      code: 'gap.fastGrowing',
      params: { growth: 0.834 },
      text: 'fast-growing: +83 % over 3 years 增长快',
    });
    expect(explainGap('gap.fewOwnFamilies', { ownFamilies: 1, ownLowBelow: 2 })).toEqual({
      code: 'gap.fewOwnFamilies',
      params: { ownFamilies: 1, ownLowBelow: 2 },
      text: 'own families 1 < 2 自有同族少',
    });
    expect(explainGap('gap.rule.geographic', { minFieldShare: 0.05 }).text).toBe(
      'geographic gap: an office with ≥ 5 % of the field’s office filings where the target’s share is below half the field’s. 地域布局空白。',
    );
  });

  it('chain: weak-link reasons', () => {
    expect(explainChain('chain.fewFamilies', { families: 2, weakBelow: 5 })).toEqual({
      code: 'chain.fewFamilies',
      params: { families: 2, weakBelow: 5 },
      text: 'few families: 2 < 5 同族数少',
    });
    expect(explainChain('chain.blank', { shareOfLeafFilings: 0.012 })).toEqual({
      code: 'chain.blank',
      params: { shareOfLeafFilings: 0.012 },
      text: 'blank: 1.2 % of leaf filings (< 3 %) and no families in the last 3 complete years 空白分支',
    });
  });

  it('fto: claim numbers are a list of numbers, joined only in the text', () => {
    expect(explainFto('fto.equivalentMatch', { claims: [1, 7] })).toEqual({
      code: 'fto.equivalentMatch',
      params: { claims: [1, 7] },
      text: 'claim(s) 1, 7: all elements at least equivalent',
    });
    expect(explainFto('fto.notInForce', { legalStatus: 'lapsed' }).text).toBe(
      'not in force (lapsed); not zero risk',
    );
  });

  it('lifecycle: growth without a finite value is null in params and "from zero" in the text', () => {
    const params = { recentFamilies: 90, earlierFamilies: 100, familyGrowth: -0.1, applicantGrowth: null };
    expect(explainLifecycle('lifecycle.decline', params)).toEqual({
      code: 'lifecycle.decline',
      params,
      text: 'decline: families −10 % (100 → 90) and applicants per year from zero (not growing) 衰退期',
    });
    expect(explainLifecycle('lifecycle.emerging', { earlierFamilies: 12, emergingBase: 30 }).text).toBe(
      'emerging: 12 families in the earlier 3 years, below the base of 30 萌芽期',
    );
  });

  it('tech-effect and fence: counts and ratios in params, rounded only in the text', () => {
    expect(explainTechEffect('techEffect.saturated', { cellFamilies: 12, expected: 4.6 })).toEqual({
      code: 'techEffect.saturated',
      params: { cellFamilies: 12, expected: 4.6 },
      text: '12 families, expected ~5 if effects were spread evenly (indicative) 技术功效集中',
    });
    const facts = { patents: 8, owners: 3, hhi: 0.406, ownShare: 0.25 };
    expect(explainFence('fence.hostileFence', facts)).toEqual({
      code: 'fence.hostileFence',
      params: facts,
      text: '8 peripheral patents, 3 owners, HHI 0.41, own share 25 %: improvements around the core, mostly by others',
    });
  });

  it('notes: a method statement names its scope in params (the CPC clause is its own code)', () => {
    const scope = { offices: 'CN, US', asOf: '2025-06-30', maxCandidates: 200 };
    expect(explainNote('note.ftoMethodWithCpc', { ...scope, cpc: 'H01M' })).toEqual({
      code: 'note.ftoMethodWithCpc',
      params: { ...scope, cpc: 'H01M' },
      text:
        'Candidates: patents of CN, US that are active, pending (a risk once granted) or of unknown status (待核查), ' +
        'with no expiry on or before 2025-06-30 and a CPC code under H01M. A family scores as its best member by BM25 ' +
        'over title, abstract and claims (any office; the description expanded by the synonym table); the patents in ' +
        'scope of the families above the relevance floor, 200 at most, are charted on their independent claims ' +
        '(all-elements rule). 初筛结果，不构成法律意见。',
    });
    expect(explainNote('note.teamRule', { topInventors: 30, minSharedFamilies: 2 }).text).toBe(
      "Teams are connected components among the top 30 inventors, two inventors linked when they share ≥ 2 families; main applicant = the applicant on most of the team's shared families. 团队 = 共同发明图的连通分量。",
    );
  });

  it('basis: the date basis is a word param, spelled out in both glosses of the text', () => {
    expect(explainBasis('basis.inventors', { dateBasis: 'application' })).toEqual({
      code: 'basis.inventors',
      params: { dateBasis: 'application' },
      text:
        'Counts are families (the exporter’s simple family where the export gives its family id, else publications ' +
        'sharing the earliest priority filing) per inventor; years by the application (filing) date. ' +
        '按发明人统计同族（导出数据给出简单同族ID的按其简单同族，否则按最早优先权归并），按申请日归年。',
    });
  });

  it('basis: no sentence calls the count unit a simple family; each names the family as ingest forms it', () => {
    for (const code of BASIS_EXPLANATION_CODES) {
      const { text } = explainBasis(code, { dateBasis: 'priority' });
      if (code === 'basis.legal') continue;
      expect(text, code).not.toMatch(
        /simple families|Simple families|单位为简单同族|统计简单同族|按简单同族计数|的简单同族数/,
      );
      expect(text, code).toContain('else publications sharing the earliest priority filing');
      expect(text, code).toContain('否则按最早优先权归并');
    }
  });

  it('maps: the main-path measure names its variant, key-route with its k', () => {
    expect(explainMap('map.measure.mainPathKeyRoute', { k: 3 }).text).toBe(
      'Main path (key-route, k = 3) of the family citation graph in knowledge-flow direction (cited → citing); ' +
        'edge weight = SPC (source→sink paths through the citation); node size = default core score; ' +
        'x = earliest priority year. 技术路线（主路径）。',
    );
    expect(explainMap('map.measure.mainPath', { variant: 'global' })).toMatchObject({
      code: 'map.measure.mainPath',
      params: { variant: 'global' },
    });
    expect(explainMap('map.measure.panorama', { dateBasis: 'priority' }).text).toBe(
      'Node size = families (Counts are families (the exporter’s simple family where the export gives its family id, ' +
        'else publications sharing the earliest priority filing) tagged with the branch or any branch below it, ' +
        'years by the earliest priority date (first filing). ' +
        '计数单位为同族（导出数据给出简单同族ID的按其简单同族，否则按最早优先权归并）（含下级分支），按最早优先权日归年。); ' +
        'edges = part of. 节点大小 = 同族数。',
    );
  });

  it('maps: the main-path note gives both dropped-link counts, or says why there is no path', () => {
    expect(explainMap('map.mainPathDroppedLinks', { againstTime: 764, inCycles: 2 })).toEqual({
      code: 'map.mainPathDroppedLinks',
      params: { againstTime: 764, inCycles: 2 },
      text:
        "766 citation links dropped before counting paths: 764 run against priority time (the citing family's " +
        "earliest priority is earlier than the cited one's) and 2 closed a cycle among same-day or undated families " +
        '(dropped by priority date, then id order). 去掉 764 条逆时间引用、2 条环路引用。',
    });
    expect(explainMap('map.mainPathNoCitations', { families: 12 }).text).toBe(
      'No main path: there are no citation links among the 12 families in scope. 范围内同族之间没有引用关系，无主路径。',
    );
    expect(explainMap('map.mainPathEmpty', { citationLinks: 3, againstTime: 2, inCycles: 1 })).toMatchObject({
      code: 'map.mainPathEmpty',
      params: { citationLinks: 3, againstTime: 2, inCycles: 1 },
    });
  });

  it('every built explanation is valid against the API schema', () => {
    const built = [
      explainGap('gap.officeGap', { fieldShare: 0.2, ownShare: 0.05 }),
      explainChain('chain.rule.rta', {}),
      explainFto('fto.literalMatch', { claims: [1] }),
      explainLifecycle('lifecycle.maturity', {
        recentFamilies: 120,
        earlierFamilies: 110,
        familyGrowth: 0.091,
        applicantGrowth: 0.05,
      }),
    ];
    for (const explanation of built) expect(Explanation.parse(explanation)).toEqual(explanation);
  });

  it('codes are namespaced by domain, so a client can tell where each comes from', () => {
    const prefixed = (codes: readonly string[], prefix: string) => codes.every((c) => c.startsWith(prefix));
    expect(prefixed(GAP_EXPLANATION_CODES, 'gap.')).toBe(true);
    expect(prefixed(CHAIN_EXPLANATION_CODES, 'chain.')).toBe(true);
    expect(prefixed(FTO_EXPLANATION_CODES, 'fto.')).toBe(true);
    expect(prefixed(LIFECYCLE_EXPLANATION_CODES, 'lifecycle.')).toBe(true);
    expect(prefixed(TECH_EFFECT_EXPLANATION_CODES, 'techEffect.')).toBe(true);
    expect(prefixed(FENCE_EXPLANATION_CODES, 'fence.')).toBe(true);
    expect(prefixed(NOTE_EXPLANATION_CODES, 'note.')).toBe(true);
    expect(prefixed(BASIS_EXPLANATION_CODES, 'basis.')).toBe(true);
  });

  it('signs percentages with a real minus sign', () => {
    expect([signedPercent(0.8), signedPercent(-0.154), signedPercent(0)]).toEqual(['+80 %', '−15 %', '0 %']);
  });
});
