/**
 * A screening reads nothing from Neo4j any more: the FTO index keeps each patent's independent
 * claims, title, first applicant and inactive reason (server/features/fto/chart-records.ts). This
 * holds the answer to the read it replaced: for every listed result of several screenings on the
 * demo corpus, the title, applicant, expiry, level, reasons, remaining term and claim charts equal
 * what the old per-screening read (its query kept here as the reference) and the charting of the
 * whole stored claims give; the risk-level summary names the same titles and applicants.
 */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { FtoResponse } from '@graph-schema/dto/fto';
import { ClaimsJson } from '@graph-schema/vocabulary/claims';
import { InactiveReason, LegalStatus } from '@graph-schema/vocabulary/legal-status';
import { claimsOf } from '@server/features/fto/claims';
import { screenFreedomToOperate } from '@server/features/fto/screen';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

/** The candidate read every screening made before (fto-cypher.ts FTO_CANDIDATES), as the reference. */
const OLD_CANDIDATE_READ = `
UNWIND $ids AS id
MATCH (p:Patent {id: id})
RETURN p.id AS id, p.jurisdiction AS jurisdiction, coalesce(p.titleZh, p.titleEn) AS title,
  coalesce(p.legalStatus, 'unknown') AS legalStatus, p.inactiveReason AS inactiveReason,
  toString(p.expiryDate) AS expiryDate, p.claimsJson AS claimsJson, p.claim1 AS claim1,
  [(p)-[r:FILED_BY]->(a:Applicant) | {name: a.name, order: r.order}] AS applicants`;

const OldRow = z.object({
  id: z.string(),
  jurisdiction: z.string().nullable(),
  title: z.string().nullable(),
  legalStatus: LegalStatus,
  inactiveReason: InactiveReason.nullable(),
  expiryDate: z.string().nullable(),
  claimsJson: ClaimsJson.nullable(),
  claim1: z.string().nullable(),
  applicants: z.array(z.object({ name: z.string(), order: z.number().nullable() })),
});

const Claim1Row = z.object({ claim1: z.string() });
const AS_OF = '2025-01-01';
let db: Database;
let app: FastifyInstance;
useDemoApp((demo) => {
  ({ db, app } = demo);
});

const firstApplicant = (row: z.infer<typeof OldRow>) =>
  [...row.applicants].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))[0]?.name ?? null;

describe('FTO screening from the index alone', () => {
  it('lists every result as the old candidate read and whole-claims charting did', async () => {
    const claims = await readRows(
      db,
      Claim1Row,
      `MATCH (p:Patent) WHERE p.claim1 IS NOT NULL RETURN p.claim1 AS claim1 ORDER BY p.id SKIP 20 LIMIT 4`,
    );
    let compared = 0;
    const levels = new Set<string>();
    for (const [k, { claim1 }] of claims.entries()) {
      // Inactive patents too (their reasons), over several offices.
      const request = {
        description: claim1,
        jurisdictions: ['CN', 'US', 'EP'],
        asOf: AS_OF,
        includeInactive: k % 2 === 0,
        limit: 100,
      };
      const response = await app.inject({ method: 'POST', url: '/api/fto', payload: request });
      expect(response.statusCode, response.body).toBe(200);
      const body = FtoResponse.parse(response.json());
      const ids = [
        ...body.results.map((r) => r.patentId),
        ...body.riskLevels!.flatMap((l) => l.top.map((t) => t.patentId)),
      ];
      const rows = new Map(
        (await readRows(db, OldRow, OLD_CANDIDATE_READ, { ids })).map((row) => [row.id, row]),
      );
      for (const result of body.results) {
        const row = rows.get(result.patentId)!;
        const [reference] = screenFreedomToOperate(
          body.features,
          [
            {
              id: row.id,
              jurisdiction: row.jurisdiction ?? row.id.slice(0, 2),
              claims: claimsOf(row.claimsJson, row.claim1),
              legalStatus: row.legalStatus,
              inactiveReason: row.inactiveReason,
              expiry: row.expiryDate,
            },
          ],
          { asOf: AS_OF },
        );
        expect(result).toMatchObject({
          title: row.title,
          applicant: firstApplicant(row),
          expiryDate: row.expiryDate,
          legalStatus: reference!.legalStatus,
          riskLevel: reference!.riskLevel,
          reasons: reference!.reasons,
          remainingTermYears: reference!.remainingTermYears,
          claimCharts: reference!.claimCharts,
        });
        levels.add(result.riskLevel);
        compared++;
      }
      for (const top of body.riskLevels!.flatMap((level) => level.top)) {
        const row = rows.get(top.patentId)!;
        expect(top).toEqual({ patentId: row.id, title: row.title, applicant: firstApplicant(row) });
      }
    }
    // A real comparison: many results, several levels.
    expect(compared).toBeGreaterThan(50);
    expect(levels.size).toBeGreaterThanOrEqual(2);
  });
});
