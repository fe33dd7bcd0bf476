/** Layout gaps and the technology–effect matrix through app.inject on the demo corpus. */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { GAP_EXPLANATION_CODES } from '@graph-schema/dto/explanation';
import { GapsResponse } from '@graph-schema/dto/gaps';
import { TechEffectResponse } from '@graph-schema/dto/tech-effect';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from './helpers/app';
import { connectTestDatabase } from './helpers/db';
import { ensureSharedDemo, TEST_DEMO } from './helpers/demo';
import { REPO_ROOT } from './shared-fixtures';

const CountRow = z.object({ n: z.number() });
const KeyRow = z.object({ key: z.string() });

const CHAIN = 'lithium-battery';
const LEADER = '翠峰锂业';
const gapsUrl = (extra = '') => `/api/gaps?chain=${CHAIN}&applicant=${encodeURIComponent(LEADER)}${extra}`;

async function leaderFamilies(db: Database): Promise<number> {
  const [row] = await readRows(
    db,
    CountRow,
    `MATCH (p:Patent)-[:TAGGED {chain: $chain}]->(), (p)-[:FILED_BY]->(:Applicant {key: $leader})
     WHERE p.external = false RETURN count(DISTINCT p.familyId) AS n`,
    { chain: CHAIN, leader: LEADER },
  );
  return row!.n;
}

function truthRows(): Array<{ familyId: string; topic: string; effects: string[] }> {
  const dir = path.join(REPO_ROOT, '.cache', `test-demo-${TEST_DEMO.families}-${TEST_DEMO.seed}`);
  const file = readdirSync(dir).find((name) => name.endsWith('truth.jsonl'))!;
  return readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe('gap API on the demo corpus', () => {
  let db: Database;
  let app: FastifyInstance;
  let gaps: GapsResponse;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await ensureSharedDemo(db);
    app = await buildTestApp(db);
    gaps = GapsResponse.parse((await app.inject(gapsUrl())).json());
  });
  afterAll(async () => {
    await app.close();
    await db.driver.close();
  });

  it('defaults the competitors to the top 5 applicants of the chain other than the target', async () => {
    const top = await readRows(
      db,
      KeyRow,
      `MATCH (p:Patent)-[:TAGGED {chain: $chain}]->(), (p)-[:FILED_BY]->(a:Applicant)
       WHERE p.external = false AND a.key <> $leader
       RETURN a.key AS key, a.name AS name, count(DISTINCT p.familyId) AS n ORDER BY n DESC, name LIMIT 5`,
      { chain: CHAIN, leader: LEADER },
    );
    expect(gaps.competitors.map((c) => c.key)).toEqual(top.map((t) => t.key));
    expect(gaps.competitors.every((c) => c.chosenBy === 'top-of-chain')).toBe(true);
    expect(gaps.applicant.families).toBe(gaps.segments.length > 0 ? await leaderFamilies(db) : 0);
  });

  it('recomputes own and competitor RTA per leaf from the returned counts', () => {
    const leaves = gaps.segments.flatMap((s) => s.branches);
    const fieldTotal = leaves.reduce((sum, b) => sum + b.fieldFamilies, 0);
    const check = (position: (b: (typeof leaves)[number]) => { families: number; rta: number }) => {
      const total = leaves.reduce((sum, b) => sum + position(b).families, 0);
      for (const leaf of leaves.filter((b) => b.fieldFamilies > 0 && total > 0)) {
        const expected = position(leaf).families / total / (leaf.fieldFamilies / fieldTotal);
        expect(position(leaf).rta).toBeCloseTo(expected, 2);
      }
    };
    check((b) => b.own);
    for (let i = 0; i < gaps.competitors.length; i++) check((b) => b.competitors[i]!);
  });

  it('gives each gap verdict its reasons and a priority, following the stated rule', () => {
    const leaves = gaps.segments.flatMap((s) => s.branches);
    for (const leaf of leaves) {
      const important = leaf.importance.large || leaf.importance.fastGrowing || leaf.importance.hot;
      const weak = leaf.own.rta < 1 || leaf.own.families < 2;
      expect(leaf.verdict === 'gap').toBe(important && weak);
      if (leaf.verdict === 'gap') expect(leaf.reasons.length).toBeGreaterThanOrEqual(2);
      if (leaf.verdict === 'gap' || leaf.verdict === 'strength') {
        // The reasons name exactly the importance flags and the own position, with their numbers.
        const codes = leaf.reasons.map((reason) => reason.code);
        expect(codes.includes('gap.large')).toBe(leaf.importance.large);
        expect(codes.includes('gap.hot')).toBe(leaf.importance.hot);
        const rta = leaf.reasons.find((r) => r.code === 'gap.weakRta' || r.code === 'gap.strongRta')!;
        expect(rta).toMatchObject({ code: leaf.own.rta < 1 ? 'gap.weakRta' : 'gap.strongRta' });
        expect(rta.params).toEqual({ rta: leaf.own.rta });
      }
      expect(leaf.importance.large).toBe(
        leaf.fieldFamilies > 0 && leaf.fieldFamilies >= gaps.largeBranchThreshold - 0.05,
      );
    }
    // The demo's anode branches are large and hot while the leader is below its average there.
    const anode = leaves.find((b) => b.id === `${CHAIN}:lib-anode-carbon`)!;
    expect(anode).toMatchObject({ verdict: 'gap', priority: 'high' });
    expect(gaps.gaps.map((g) => g.id)).toContain(anode.id);
    const recycling = leaves.find((b) => b.id === `${CHAIN}:lib-recycling`)!;
    expect(recycling.verdict).toBe('strength');
    expect(anode.reasons[0]).toEqual({
      code: 'gap.large',
      params: { fieldFamilies: anode.fieldFamilies, mean: gaps.largeBranchThreshold },
      text: `large: ${anode.fieldFamilies} families ≥ mean ${gaps.largeBranchThreshold.toFixed(1)} 规模大`,
    });
    expect(gaps.gaps.find((g) => g.id === anode.id)!.reasons).toEqual(anode.reasons);
    // Every rule of the contract, stated once, in the contract's order.
    expect(gaps.rules.map((rule) => rule.code)).toEqual(
      GAP_EXPLANATION_CODES.filter((code) => code.startsWith('gap.rule.')),
    );
  });

  it('compares the office mix with the field, by the stated rule', async () => {
    const [row] = await readRows(
      db,
      CountRow,
      `MATCH (p:Patent {jurisdiction: 'CN'})-[:TAGGED {chain: $chain}]->(), (p)-[:FILED_BY]->(:Applicant {key: $leader})
       WHERE p.external = false RETURN count(DISTINCT p.familyId) AS n`,
      { chain: CHAIN, leader: LEADER },
    );
    expect(gaps.geography.find((o) => o.office === 'CN')!.ownFamilies).toBe(row!.n);
    const fieldTotal = gaps.geography.reduce((sum, o) => sum + o.fieldFamilies, 0);
    const ownTotal = gaps.geography.reduce((sum, o) => sum + o.ownFamilies, 0);
    for (const office of gaps.geography) {
      expect(office.fieldShare).toBeCloseTo(office.fieldFamilies / fieldTotal, 2);
      expect(office.ownShare).toBeCloseTo(office.ownFamilies / ownTotal, 2);
      expect(office.gap).toBe(office.fieldShare >= 0.05 && office.ownShare < office.fieldShare / 2);
      expect(office.reason === null).toBe(!office.gap);
      if (office.reason) {
        expect(office.reason.code).toBe('gap.officeGap');
        expect(office.reason.params).toEqual({ fieldShare: office.fieldShare, ownShare: office.ownShare });
      }
    }
    expect(gaps.geography.some((o) => o.gap)).toBe(true);
  });

  it('takes explicit competitors, and answers 404/400 for unknown or missing parameters', async () => {
    const rival = gaps.competitors[2]!;
    const explicit = GapsResponse.parse(
      (await app.inject(gapsUrl(`&competitors=${encodeURIComponent(rival.key)}`))).json(),
    );
    expect(explicit.competitors).toEqual([{ ...rival, chosenBy: 'request' }]);
    expect((await app.inject(gapsUrl('&competitors=nobody'))).json()).toEqual({
      code: 'NOT_FOUND',
      message: 'applicant "nobody" not found',
    });
    expect(
      (await app.inject(`/api/gaps?chain=nope&applicant=${encodeURIComponent(LEADER)}`)).statusCode,
    ).toBe(404);
    const missing = await app.inject(`/api/gaps?applicant=${encodeURIComponent(LEADER)}`);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toContain('chain');
  });
});

describe('technology–effect matrix on the demo corpus', () => {
  let db: Database;
  let app: FastifyInstance;
  let matrix: TechEffectResponse;
  /** Every low cell judged, however few families it expects (the default judges from 5). */
  let judgedAll: TechEffectResponse;
  beforeAll(async () => {
    db = await connectTestDatabase();
    app = await buildTestApp(db);
    matrix = TechEffectResponse.parse((await app.inject(`/api/tech-effect?chain=${CHAIN}`)).json());
    judgedAll = TechEffectResponse.parse(
      (await app.inject(`/api/tech-effect?chain=${CHAIN}&minExpectedFamilies=0`)).json(),
    );
  });
  afterAll(async () => {
    await app.close();
    await db.driver.close();
  });

  it('leaves solid-state electrolyte × low temperature empty, as the generator does, and lists it as a candidate', () => {
    const truthSolid = truthRows().filter((r) => r.topic === 'solid-electrolyte');
    expect(truthSolid.some((r) => r.effects.includes('lowTemperature'))).toBe(false);
    for (const row of [`${CHAIN}:lib-solid-sulfide`, `${CHAIN}:lib-solid-oxide`]) {
      const cell = judgedAll.cells.find((c) => c.row === row && c.effect === 'lowTemperature')!;
      expect(cell.families).toBe(0);
      expect(['white_space', 'apparent_gap']).toContain(cell.kind);
      expect(judgedAll.candidates).toContainEqual(cell);
      // The first reason states the row, column and cell counts of the matrix itself.
      const rowFamilies = judgedAll.rows.find((r) => r.id === row)!.families;
      const effectFamilies = judgedAll.effects.find((e) => e.id === 'lowTemperature')!.families;
      expect(cell.reasons[0]).toMatchObject({
        code: 'techEffect.lowCell',
        params: { rowFamilies, effectFamilies, cellFamilies: 0 },
      });
    }
    expect(matrix.effects.find((e) => e.id === 'lowTemperature')!.active).toBe(true);
  });

  it('judges a low cell only when its expected count reaches minExpectedFamilies (5 by default)', () => {
    for (const row of [`${CHAIN}:lib-solid-sulfide`, `${CHAIN}:lib-solid-oxide`]) {
      const cell = matrix.cells.find((c) => c.row === row && c.effect === 'lowTemperature')!;
      const rowFamilies = matrix.rows.find((r) => r.id === row)!.families;
      const effectFamilies = matrix.effects.find((e) => e.id === 'lowTemperature')!.families;
      expect((rowFamilies * effectFamilies) / matrix.families).toBeLessThan(5);
      expect(cell).toMatchObject({ families: 0, kind: 'too_few' });
      expect(cell.reasons.map((r) => r.code)).toEqual(['techEffect.tooFew']);
      expect(matrix.candidates).not.toContainEqual(cell);
    }
    // The corpus still has cells that expect enough families to be judged (the web view opens one).
    expect(matrix.candidates.length).toBeGreaterThan(0);
    for (const candidate of matrix.candidates) {
      const rowFamilies = matrix.rows.find((r) => r.id === candidate.row)!.families;
      const effectFamilies = matrix.effects.find((e) => e.id === candidate.effect)!.families;
      expect((rowFamilies * effectFamilies) / matrix.families).toBeGreaterThanOrEqual(5);
    }
  });

  it('adds free effect-phrase columns, with the pattern and sentence each example was read by', () => {
    const phraseColumns = matrix.effects.filter((e) => e.origin === 'phrase');
    expect(matrix.effects.filter((e) => e.origin === 'lexicon').length).toBe(14);
    for (const column of phraseColumns) expect(column.families).toBeGreaterThanOrEqual(3);
    const withEvidence = matrix.cells.flatMap((c) => c.evidence.map((e) => ({ cell: c, e })));
    expect(withEvidence.length).toBeGreaterThan(0);
    for (const { cell, e } of withEvidence) {
      expect(cell.examples).toContain(e.patent);
      expect(e.sentence).toContain(e.phrase);
      expect(e.pattern).toMatch(/^(en|zh)\./);
    }
  });

  it('counts each cell within its row, with example patents of that row', async () => {
    const rowTotals = new Map(matrix.rows.map((r) => [r.id, r.families]));
    for (const cell of matrix.cells) {
      expect(cell.families).toBeLessThanOrEqual(rowTotals.get(cell.row)!);
      expect(cell.examples.length).toBe(Math.min(3, cell.families));
    }
    const recovery = matrix.cells.find((c) => c.row === `${CHAIN}:lib-recycling` && c.effect === 'recovery')!;
    expect(recovery.families).toBeGreaterThan(0);
    const [row] = await readRows(
      db,
      CountRow,
      `MATCH (p:Patent)-[:TAGGED]->(:TechBranch {id: $branch}) WHERE p.id IN $ids RETURN count(p) AS n`,
      { branch: `${CHAIN}:lib-recycling`, ids: recovery.examples },
    );
    expect(row!.n).toBe(recovery.examples.length);
    // 125 before issue 13: the old anode rules also tagged cathode and electrolyte families (anode-rules decision note).
    expect(matrix.families).toBe(112);
    expect(matrix.truncated).toBe(false);
  });

  it('rounds observed/expected ratios to one decimal and says they are indicative', () => {
    for (const cell of matrix.cells) {
      if (cell.observedToExpected !== null)
        expect(Math.round(cell.observedToExpected * 10)).toBeCloseTo(cell.observedToExpected * 10, 6);
    }
    expect(matrix.notes.map((note) => note.text).join(' ')).toContain('indicative');
    expect(matrix.notes.map((note) => note.code)).toEqual([
      'note.techEffectLexicon',
      'note.techEffectIndicative',
    ]);
    const kinds = new Set(matrix.cells.map((c) => c.kind));
    expect(kinds).toContain('saturated');
  });

  it('aggregates rows to level 1 on request and rejects an unknown row level', async () => {
    const l1 = TechEffectResponse.parse(
      (await app.inject(`/api/tech-effect?chain=${CHAIN}&rowLevel=L1`)).json(),
    );
    expect(l1.rows.map((r) => r.id)).toContain(`${CHAIN}:lib-electrolyte`);
    expect(l1.rows.every((r) => !r.id.includes('lib-solid-'))).toBe(true);
    const bad = await app.inject(`/api/tech-effect?chain=${CHAIN}&rowLevel=L2`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('rowLevel');
    expect((await app.inject('/api/tech-effect?chain=nope')).statusCode).toBe(404);
  });
});
