/** Infringement-risk screening (POST /api/fto) on the demo corpus, against the real Neo4j. */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { FtoResponse } from '@graph-schema/dto/fto';
import { splitClaim } from '@server/analytics/claims/split';
import {
  featureIndex,
  matchElement,
  prepareElement,
  prepareText,
  synonymCanonicaliser,
} from '@server/analytics/fto/element-match';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

const IdClaim1Row = z.object({ id: z.string(), claim1: z.string() });
const IdTextRow = z.object({ id: z.string(), text: z.string() });
const Row3 = z.object({
  id: z.string(),
  jurisdiction: z.string(),
  status: z.string(),
  expiry: z.string(),
  cpc: z.array(z.string()),
});

const AS_OF = '2025-01-01';
let db: Database;
let app: FastifyInstance;
useDemoApp((demo) => {
  ({ db, app } = demo);
});

const screen = async (body: Record<string, unknown>) => {
  const response = await app.inject({ method: 'POST', url: '/api/fto', payload: body });
  expect(response.statusCode, response.body).toBe(200);
  return FtoResponse.parse(response.json());
};

/**
 * CN patents of a legal status (active by default; with a reason when inactive) whose term runs
 * past AS_OF and whose claim 1 splits into at least three elements.
 */
async function chartablePatents(
  status: { legalStatus: string; inactiveReason?: string } = { legalStatus: 'active' },
) {
  const rows = await readRows(
    db,
    IdClaim1Row,
    `MATCH (p:Patent {jurisdiction: 'CN', legalStatus: $legalStatus})
     WHERE p.claim1 IS NOT NULL AND p.expiryDate > date($asOf) AND p.independentClaims = 1
       AND ($inactiveReason IS NULL OR p.inactiveReason = $inactiveReason)
     RETURN p.id AS id, p.claim1 AS claim1 ORDER BY p.id LIMIT 40`,
    { asOf: AS_OF, legalStatus: status.legalStatus, inactiveReason: status.inactiveReason ?? null },
  );
  return rows
    .map((row) => ({ ...row, split: splitClaim(row.claim1) }))
    .filter((r) => r.split.elements.length >= 3);
}

describe('POST /api/fto', () => {
  it('a description made of every element of a claim 1 puts that patent at High risk', async () => {
    const [patent] = await chartablePatents();
    const body = await screen({
      description: [patent!.split.preamble, ...patent!.split.elements].join('。'),
      jurisdictions: ['CN'],
      asOf: AS_OF,
      limit: 50,
    });
    const hit = body.results.find((result) => result.patentId === patent!.id);
    expect(hit?.riskLevel).toBe('High');
    expect(hit!.claimCharts[0]!.elements.every((element) => element.kind === 'identical')).toBe(true);
    expect(hit!.reasons).toEqual([
      {
        code: 'fto.literalMatch',
        params: { claims: [1] },
        text: 'every element of claim(s) 1 found identically',
      },
    ]);
    expect(body.results[0]!.riskLevel).toBe('High');
    expect(body.featureSource).toBe('description');
    expect(body.disclaimer.zh).toContain('不构成法律意见');
    expect(body.disclaimer.en).toContain('not a legal opinion');
    expect(body.method).toMatchObject({ code: 'note.ftoMethod', params: { offices: 'CN', asOf: AS_OF } });
    for (const result of body.results)
      expect(result.reasons.map((reason) => reason.text).join(' ')).not.toMatch(/\bno risk|无风险/i);
  });

  it('with includeInactive, a lapsed patent whose term has not run out is screened: Low, not in force (lapsed)', async () => {
    const [patent] = await chartablePatents({ legalStatus: 'inactive', inactiveReason: 'lapsed' });
    const request = {
      description: [patent!.split.preamble, ...patent!.split.elements].join('。'),
      jurisdictions: ['CN'],
      asOf: AS_OF,
      limit: 50,
    };
    const withInactive = await screen({ ...request, includeInactive: true });
    const hit = withInactive.results.find((result) => result.patentId === patent!.id);
    expect(hit).toMatchObject({ riskLevel: 'Low', legalStatus: 'inactive' });
    expect(hit!.reasons).toEqual([
      {
        code: 'fto.notInForce',
        params: { legalStatus: 'lapsed' },
        text: 'not in force (lapsed); not zero risk',
      },
    ]);
    expect(hit!.claimCharts[0]!.elements.every((element) => element.kind === 'identical')).toBe(true);
    expect(withInactive.method).toMatchObject({
      code: 'note.ftoMethodWithInactive',
      params: { offices: 'CN' },
    });
    // By default inactive patents are not screened, and the count of screened patents says so.
    const inForceOnly = await screen(request);
    expect(inForceOnly.results.map((result) => result.patentId)).not.toContain(patent!.id);
    expect(inForceOnly.results.every((result) => result.legalStatus !== 'inactive')).toBe(true);
    expect(inForceOnly.indexed).toBeLessThan(withInactive.indexed);
  });

  it('with one element left out the same patent is no longer High (all-elements rule)', async () => {
    const canonicalise = synonymCanonicaliser();
    const prepared = (text: string) => prepareText(text, canonicalise);
    // The element whose terms the other elements do not cover, so leaving it out really removes it.
    const choice = (await chartablePatents()).flatMap((patent) => {
      const elements = patent.split.elements;
      const k = elements.findIndex(
        (element, i) =>
          matchElement(
            prepareElement(element, canonicalise),
            featureIndex(elements.filter((_, j) => j !== i).map(prepared)),
          ).kind === 'missing',
      );
      return k < 0 ? [] : [{ patent, features: elements.filter((_, j) => j !== k) }];
    })[0]!;
    const body = await screen({ features: choice.features, jurisdictions: ['CN'], asOf: AS_OF, limit: 100 });
    expect(body.featureSource).toBe('features');
    const hit = body.results.find((result) => result.patentId === choice.patent.id);
    expect(hit?.riskLevel).not.toBe('High');
    if (hit) expect(hit.claimCharts[0]!.missingElements).toBeGreaterThan(0);
  });

  it('a patent in force whose export has no claims is 待核查, never Low, and the reason says the export has none', async () => {
    const [row] = await readRows(
      db,
      IdTextRow,
      `MATCH (p:Patent {jurisdiction: 'CN', legalStatus: 'active'})
       WHERE p.claim1 IS NULL AND p.claimsJson IS NULL AND p.expiryDate > date($asOf)
       RETURN p.id AS id, coalesce(p.titleZh, '') + '。' + coalesce(p.abstractZh, '') AS text ORDER BY id LIMIT 1`,
      { asOf: AS_OF },
    );
    const body = await screen({ description: row!.text, jurisdictions: ['CN'], asOf: AS_OF, limit: 100 });
    const hit = body.results.find((result) => result.patentId === row!.id);
    expect(hit?.riskLevel).toBe('待核查');
    expect(hit!.reasons).toEqual([
      {
        code: 'fto.claimsNotInExport',
        params: {},
        text: 'the export has no claims for this patent, so there is no claim chart: needs review against the full claims',
      },
    ]);
    expect(hit!.claimCharts).toEqual([]);
  });

  it('screens only patents that may be in force in the offices at the as-of date', async () => {
    const body = await screen({
      description: '一种电池热管理系统，包括冷却液流道、水泵和换热器；温度传感器检测电芯温度',
      jurisdictions: ['CN', 'US'],
      asOf: AS_OF,
      cpc: 'H01M',
      limit: 30,
    });
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.features).toEqual([
      '一种电池热管理系统，包括冷却液流道、水泵和换热器',
      '温度传感器检测电芯温度',
    ]);
    const ids = body.results.map((result) => result.patentId);
    const rows = await readRows(
      db,
      Row3,
      `MATCH (p:Patent) WHERE p.id IN $ids
       RETURN p.id AS id, p.jurisdiction AS jurisdiction, p.legalStatus AS status,
              toString(p.expiryDate) AS expiry, p.cpcCodes AS cpc`,
      { ids },
    );
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) {
      expect(['CN', 'US']).toContain(row.jurisdiction);
      expect(['active', 'pending', 'unknown']).toContain(row.status);
      expect(row.expiry > AS_OF).toBe(true);
      expect(row.cpc.some((code) => code.startsWith('H01M'))).toBe(true);
    }
    expect(body.results.map((result) => result.rank)).toEqual(ids.map((_, k) => k + 1));
    const order = { High: 0, Medium: 1, 待核查: 2, Low: 3 } as const;
    const levels = body.results.map((result) => order[result.riskLevel]);
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
    for (const result of body.results)
      if (result.riskLevel === 'Low') {
        expect(result.reasons.map((reason) => reason.text).join(' ')).toContain('not zero risk');
        expect(['fto.expired', 'fto.notInForce', 'fto.elementMissing']).toContain(result.reasons[0]!.code);
      }
  });

  it('says where a screening spent its time in a Server-Timing header (bench:api reads it)', async () => {
    const [patent] = await chartablePatents();
    const description = [patent!.split.preamble, ...patent!.split.elements].join('。');
    const payload = { description, jurisdictions: ['CN'], asOf: AS_OF, limit: 5 };
    const response = await app.inject({ method: 'POST', url: '/api/fto', payload });
    expect(response.statusCode, response.body).toBe(200);
    const phases = String(response.headers['server-timing'])
      .split(', ')
      .map((part) => /^(\w+);dur=([\d.]+)$/.exec(part));
    expect(phases.map((match) => match?.[1])).toEqual([
      'retrieve',
      'read',
      'chartQueue',
      'chartRun',
      'assemble',
    ]);
    for (const match of phases) expect(Number(match![2])).toBeGreaterThanOrEqual(0);
    // The charting took some time; the demo's screenings chart in the thread, so nothing queued long.
    expect(Number(phases[3]![2])).toBeGreaterThan(0);
  });

  it('rejects a bad body with a 400 naming the field', async () => {
    for (const [payload, field] of [
      [{ description: '一种电池', jurisdictions: ['China'], asOf: AS_OF }, 'jurisdictions'],
      [{ description: '一种电池', jurisdictions: ['CN'], asOf: '2025-13-45' }, 'asOf'],
      [{ jurisdictions: ['CN'], asOf: AS_OF }, 'description'],
      [{ description: '一种电池', jurisdictions: ['CN'], asOf: AS_OF, limit: 5000 }, 'limit'],
    ] as const) {
      const response = await app.inject({ method: 'POST', url: '/api/fto', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringContaining(field),
      });
    }
  });
});
