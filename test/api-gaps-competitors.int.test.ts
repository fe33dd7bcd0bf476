/**
 * Gap verdicts against the chosen competitors, the drill-down of a gap cell and the parent branches
 * (GET /api/gaps, GET /api/gaps/cell) on the shared demo corpus, checked against the graph.
 */
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { type BranchGap, GapCellResponse, GapsResponse, type ParentBranchGap } from '@graph-schema/dto/gaps';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

const CHAIN = 'lithium-battery';
const LEADER = '翠峰锂业';
const enc = encodeURIComponent;
const CountRow = z.object({ n: z.number() });

let db: Database;
let app: FastifyInstance;
useDemoApp((demo) => {
  ({ db, app } = demo);
});

async function gapsWith(competitors?: readonly string[], extra = ''): Promise<GapsResponse> {
  const list = competitors ? `&competitors=${enc(competitors.join(','))}` : '';
  const response = await app.inject(`/api/gaps?chain=${CHAIN}&applicant=${enc(LEADER)}${list}${extra}`);
  expect(response.statusCode).toBe(200);
  return GapsResponse.parse(response.json());
}

async function cell(branch: string, applicant: string | null, page = '&limit=1'): Promise<GapCellResponse> {
  const who = applicant ? `&applicant=${enc(applicant)}` : '';
  const response = await app.inject(`/api/gaps/cell?chain=${CHAIN}&branch=${enc(branch)}${who}${page}`);
  expect(response.statusCode).toBe(200);
  return GapCellResponse.parse(response.json());
}

const leavesOf = (gaps: GapsResponse) => gaps.segments.flatMap((s) => s.branches);
const parentsOf = (gaps: GapsResponse) => gaps.segments.flatMap((s) => s.parents ?? []);

/** The stated rule (gap.rule.competitors), recomputed from the counts the response gives. */
function expectedVerdict(row: BranchGap | ParentBranchGap, k: number): string {
  const target = row.own.families;
  const counts = row.competitors.map((c) => c.families);
  if (target === 0) return counts.some((n) => n > 0) ? 'onlyCompetitors' : 'none';
  if (counts.some((n) => n >= k * target)) return 'competitorAhead';
  return counts.every((n) => n < target) ? 'targetLeads' : 'none';
}

describe('competitor-relative gap verdicts', () => {
  it('follow the stated rule with k = 2 by default, with every count as evidence', async () => {
    const gaps = await gapsWith();
    expect(gaps.competitorRatio).toBe(2);
    const names = new Map(gaps.competitors.map((c) => [c.key, c.name]));
    for (const row of [...leavesOf(gaps), ...parentsOf(gaps)]) {
      expect(row.competitorVerdict).toBe(expectedVerdict(row, 2));
      if (row.competitorVerdict === 'competitorAhead') {
        const ahead = row.competitors.filter((c) => c.families >= 2 * row.own.families);
        expect(row.competitorReasons).toEqual(
          ahead.map((c) => ({
            code: 'gap.competitorAhead',
            params: {
              competitor: names.get(c.key),
              competitorFamilies: c.families,
              targetFamilies: row.own.families,
              k: 2,
            },
            text: `${names.get(c.key)} files ${c.families} families, ≥ 2× the target's ${row.own.families} 竞争对手领先`,
          })),
        );
      }
    }
    expect(gaps.rules.at(-2)).toMatchObject({ code: 'gap.rule.competitors', params: { k: 2 } });
  });

  it('change when the competitor set changes (the strongest competitor versus the weakest)', async () => {
    const top = await gapsWith();
    const strongest = top.competitors[0]!.key;
    const weakest = top.competitors.at(-1)!.key;
    const [withStrongest, withWeakest] = await Promise.all([gapsWith([strongest]), gapsWith([weakest])]);
    const verdicts = (gaps: GapsResponse) => leavesOf(gaps).map((b) => [b.id, b.competitorVerdict]);
    expect(verdicts(withStrongest)).not.toEqual(verdicts(withWeakest));
    // The field verdicts (RTA against the whole field) do not depend on the set.
    const field = (gaps: GapsResponse) => leavesOf(gaps).map((b) => [b.id, b.verdict, b.priority]);
    expect(field(withStrongest)).toEqual(field(withWeakest));
    for (const gaps of [withStrongest, withWeakest]) {
      for (const row of leavesOf(gaps)) expect(row.competitorVerdict).toBe(expectedVerdict(row, 2));
    }
    // The chosen competitor's counts are the ones of the 5-competitor answer.
    const countsOf = (gaps: GapsResponse, key: string) =>
      leavesOf(gaps).map((b) => b.competitors.find((c) => c.key === key)!.families);
    expect(countsOf(withStrongest, strongest)).toEqual(countsOf(top, strongest));
  });

  it('take k from the request', async () => {
    const [k2, k5] = await Promise.all([gapsWith(), gapsWith(undefined, '&competitorRatio=5')]);
    expect(k5.competitorRatio).toBe(5);
    for (const row of leavesOf(k5)) expect(row.competitorVerdict).toBe(expectedVerdict(row, 5));
    const ahead = (gaps: GapsResponse) =>
      leavesOf(gaps).filter((b) => b.competitorVerdict === 'competitorAhead').length;
    expect(ahead(k5)).toBeLessThanOrEqual(ahead(k2));
  });

  it('prioritise recommendations from both verdicts, by the stated rule', async () => {
    const gaps = await gapsWith();
    const rank = { high: 0, medium: 1, low: 2 } as const;
    const recommendations = gaps.recommendations!;
    expect(recommendations.length).toBeGreaterThan(0);
    const leaves = new Map(leavesOf(gaps).map((b) => [b.id, b]));
    for (const r of recommendations) {
      const leaf = leaves.get(r.id)!;
      const pressure = ['competitorAhead', 'onlyCompetitors'].includes(leaf.competitorVerdict!);
      const important = leaf.importance.large || leaf.importance.fastGrowing || leaf.importance.hot;
      const expected = pressure
        ? important
          ? 'high'
          : 'medium'
        : leaf.priority === 'high' && leaf.competitorVerdict !== 'targetLeads'
          ? 'medium'
          : 'low';
      expect(r).toEqual({
        id: leaf.id,
        name: leaf.name,
        priority: expected,
        verdict: leaf.verdict,
        competitorVerdict: leaf.competitorVerdict,
        reasons: [...leaf.competitorReasons!, ...leaf.reasons],
      });
    }
    const sortKey = (id: string, priority: keyof typeof rank) =>
      [rank[priority], -leaves.get(id)!.fieldFamilies, id] as const;
    const sorted = [...recommendations].sort((a, b) => {
      const [x, y] = [sortKey(a.id, a.priority), sortKey(b.id, b.priority)];
      return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]);
    });
    expect(recommendations.map((r) => r.id)).toEqual(sorted.map((r) => r.id));
    const left = leavesOf(gaps).filter(
      (b) => b.verdict !== 'gap' && !['competitorAhead', 'onlyCompetitors'].includes(b.competitorVerdict!),
    );
    expect(left.map((b) => b.id).filter((id) => recommendations.some((r) => r.id === id))).toEqual([]);
  });
});

describe('parent branches', () => {
  it('count the distinct families of all leaves below them, with share and RTA', async () => {
    const gaps = await gapsWith();
    const parents = parentsOf(gaps);
    expect(parents.length).toBeGreaterThan(0);
    const chainOwn = gaps.applicant.families;
    for (const parent of parents) {
      const [row] = await readRows(
        db,
        CountRow,
        `MATCH (p:Patent)-[:TAGGED {chain: $chain}]->(leaf:TechBranch)
         WHERE p.external = false AND $branch IN leaf.lineage RETURN count(DISTINCT p.familyId) AS n`,
        { chain: CHAIN, branch: parent.id },
      );
      expect(parent.fieldFamilies).toBe(row!.n);
      const children = leavesOf(gaps).filter((b) => b.parentId === parent.id);
      const childSum = children.reduce((sum, b) => sum + b.fieldFamilies, 0);
      expect(parent.fieldFamilies).toBeLessThanOrEqual(
        childSum +
          parentsOf(gaps)
            .filter((p) => p.parentId === parent.id)
            .reduce((s, p) => s + p.fieldFamilies, 0),
      );
      expect(parent.own.shareOfBranch).toBeCloseTo(
        parent.fieldFamilies ? parent.own.families / parent.fieldFamilies : 0,
        3,
      );
      const rta =
        parent.fieldFamilies && chainOwn
          ? parent.own.families / chainOwn / (parent.fieldFamilies / gaps.fieldFamilies)
          : 0;
      expect(parent.own.rta).toBeCloseTo(rta, 3);
    }
  });
});

describe('gap cell drill-down', () => {
  it('totals equal the matrix cells, for leaves, parents, each party and the field', async () => {
    const gaps = await gapsWith();
    const parties = [gaps.applicant.key, ...gaps.competitors.map((c) => c.key)];
    const rows = [...leavesOf(gaps), ...parentsOf(gaps)];
    const expected = rows.map((row) => [
      ...[row.own, ...row.competitors].map((p) => p.families),
      row.fieldFamilies,
    ]);
    const actual = await Promise.all(
      rows.map((row) => Promise.all([...parties, null].map((key) => cell(row.id, key).then((c) => c.total)))),
    );
    expect(actual).toEqual(expected);
  });

  it('pages through every family of a cell exactly once, newest first, with its scope', async () => {
    const gaps = await gapsWith();
    const fullest = [...leavesOf(gaps)].sort(
      (a, b) => b.own.families - a.own.families || a.id.localeCompare(b.id),
    )[0]!;
    const first = await cell(fullest.id, LEADER, '&limit=7');
    expect(first).toMatchObject({
      chain: { id: CHAIN },
      branch: { id: fullest.id, name: fullest.name, isLeaf: true },
      applicant: { key: LEADER, name: gaps.applicant.name },
      dateBasis: 'priority',
      total: fullest.own.families,
      limit: 7,
      offset: 0,
      truncated: fullest.own.families > 7,
    });
    expect(first.dataVersion).toMatch(/^\d+\|/);
    const ids: string[] = [];
    const years: Array<number | null> = [];
    for (let offset = 0; offset < first.total; offset += 7) {
      const page = await cell(fullest.id, LEADER, `&limit=7&offset=${offset}`);
      ids.push(...page.families.map((f) => f.familyId));
      years.push(...page.families.map((f) => f.year));
      for (const family of page.families) {
        expect(family.applicants.map((a) => a.key)).toContain(LEADER);
        expect(family.publications.length).toBeGreaterThan(0);
      }
    }
    expect(new Set(ids).size).toBe(first.total);
    expect(ids).toHaveLength(first.total);
    const known = years.filter((y): y is number => y !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
  });

  it('answers 404 for an unknown branch or applicant', async () => {
    const branch = await app.inject(`/api/gaps/cell?chain=${CHAIN}&branch=no-such-branch`);
    expect(branch.statusCode).toBe(404);
    const who = await app.inject(`/api/gaps/cell?chain=${CHAIN}&branch=lib-anode&applicant=nobody-here`);
    expect(who.statusCode).toBe(404);
  });
});
